// Typesets TeX for hooks/typeset_math.py, at build time, with the MathJax that the
// `django-static-mathjax` Python package installs (its es5 components carry
// MathJax's own Node entry point, node-main.js). Run by the hook as
//
//     node hooks/tex2svg.cjs <mathjax es5 directory>
//
// and fed one JSON request per line on stdin; answers one JSON line each:
//   {"css": true}                      -> {"css": "<stylesheet for the SVG output>"}
//   {"math": [[tex, display], ...]}    -> {"html": ["<mjx-container ...>", ...],
//                                          "defs": "<defs>glyph shapes they use</defs>"}
//   {"mathml": [tex, ...]}             -> {"mathml": ["<math ...>", ...]}
// A TeX error answers {"error": message, "index": i} instead, so that the
// strict build fails and names the formula.
"use strict";

const path = require("path");
const readline = require("readline");

const es5 = process.argv[2];

require(path.join(es5, "node-main.js"))
  .init({
    // tex-full has every TeX extension built in, so nothing is autoloaded.
    // assistive-mml puts hidden MathML beside each SVG for screen readers
    // (the SVG itself is aria-hidden) and gives search and copy real text.
    loader: { load: ["input/tex-full", "output/svg", "a11y/assistive-mml"] },
    tex: {
      // Without "noundefined" an unknown macro is an error instead of red
      // text on the page; formatError turns TeX errors into exceptions.
      packages: { "[-]": ["noundefined"] },
      formatError: (jax, err) => {
        throw err;
      },
    },
    // Glyph shapes are drawn once per page (in "defs", which the hook puts
    // at the top of the page) and reused by every formula through <use>:
    // about half the bytes of a copy per formula, and no font file at all.
    svg: { fontCache: "global" },
    startup: { typeset: false },
  })
  .then((MathJax) => {
    const adaptor = MathJax.startup.adaptor;
    const output = MathJax.startup.document.outputJax;
    const lines = readline.createInterface({ input: process.stdin, terminal: false });
    lines.on("line", (line) => {
      const request = JSON.parse(line);
      let answer;
      try {
        answer = handle(request);
      } catch (err) {
        answer = { error: String(err && err.message ? err.message : err), index: err.index };
      }
      process.stdout.write(JSON.stringify(answer) + "\n");
    });

    function handle(request) {
      if (request.css) {
        return { css: adaptor.textContent(MathJax.svgStylesheet()) };
      }
      if (request.mathml) {
        return { mathml: request.mathml.map((tex, i) => withIndex(i, () => MathJax.tex2mml(tex, { display: false }))) };
      }
      // A fresh glyph cache for every page: a page's HTML must not depend on
      // which pages were typeset before it (reproducible builds).
      output.fontCache.clearCache();
      const html = request.math.map(([tex, display], i) =>
        withIndex(i, () => {
          const node = MathJax.tex2svg(tex, { display });
          slim(adaptor.firstChild(node));
          return adaptor.outerHTML(node);
        }),
      );
      return { html, defs: adaptor.outerHTML(output.fontCache.getCache()) };
    }

    // MathJax's SVG nests a <g> for every MathML node, most of them plain
    // wrappers that only carry data-* attributes for its interactive tools,
    // which the site does not load. A long page has thousands of them, and
    // the browser's style and layout work grows with the element count
    // (Lighthouse's "total blocking time" on a phone). Unwrap those groups
    // and drop the data-* attributes no stylesheet reads; the drawing is
    // unchanged (a group without transform or paint attributes is a no-op).
    const KEEP = new Set(["data-line", "data-frame", "data-background", "data-table"]);
    function slim(svg) {
      for (const child of [...adaptor.childNodes(svg)]) {
        if (adaptor.kind(child) === "#text" || adaptor.kind(child) === "#comment") continue;
        slim(child);
        const kept = node => (adaptor.getAttribute(node, "data-mml-node") || "").match(/^(mtable|merror)$/);
        for (const name of adaptor.allAttributes(child).map(a => a.name)) {
          if (name.startsWith("data-") && !KEEP.has(name) && !(name === "data-mml-node" && kept(child))) {
            adaptor.removeAttribute(child, name);
          }
        }
        if (adaptor.kind(child) === "g" && adaptor.allAttributes(child).length === 0) {
          for (const grandchild of [...adaptor.childNodes(child)]) {
            adaptor.insert(grandchild, child);
          }
          adaptor.remove(child);
        }
      }
    }

    function withIndex(i, render) {
      try {
        return render();
      } catch (err) {
        const wrapped = new Error(err && err.message ? err.message : String(err));
        wrapped.index = i;
        throw wrapped;
      }
    }
  })
  .catch((err) => {
    process.stderr.write(`MathJax failed to start: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
