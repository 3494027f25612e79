// MathJax configuration; MathJax itself is added to the site by hooks/mathjax.py.
// pymdownx.arithmatex (generic mode) wraps math in \( \) and \[ \] inside
// elements of class "arithmatex"; only those are typeset.
window.MathJax = {
  tex: {
    inlineMath: [["\\(", "\\)"]],
    displayMath: [["\\[", "\\]"]],
    processEscapes: true,
    processEnvironments: true,
  },
  options: {
    ignoreHtmlClass: ".*|",
    processHtmlClass: "arithmatex",
  },
};
