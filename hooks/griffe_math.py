"""Griffe extension: docstring math in reStructuredText form, for the site's math.

The library's docstrings are numpy style and write math the Sphinx way
(``.. math::`` blocks, ``:math:`` roles), which help() and IDEs show as is.
griffe and mkdocstrings pass that text through as Markdown, where it shows as
raw markup (and ``\\|`` loses its backslash to Markdown's escapes). This
extension rewrites it, as docstrings are loaded, into the delimiters
pymdownx.arithmatex reads, ``$$ … $$`` and ``\\( … \\)``; hooks/typeset_math.py
then typesets them like the pages' own math.

Enabled in mkdocs.yml under the mkdocstrings python handler's ``extensions``.
"""

from __future__ import annotations

import re

import griffe

_ROLE = re.compile(r":math:`([^`]+)`")
_DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)\.\. math::[ \t]*(?P<first>.*)$")


def convert(text: str) -> str:
    """Return `text` with ``.. math::`` blocks and ``:math:`` roles in arithmatex form."""
    text = _ROLE.sub(lambda m: r"\(" + " ".join(m[1].split()) + r"\)", text)
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _DIRECTIVE.match(lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        indent = match["indent"]
        body = [match["first"].strip()] if match["first"].strip() else []
        i += 1
        # The directive's content: the lines indented deeper than it (blank
        # lines included, up to the first line back at its own indent).
        while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > len(indent)):
            if lines[i].strip():
                body.append(lines[i].strip())
            elif body and i + 1 < len(lines) and _indent(lines[i + 1]) <= len(indent):
                break
            i += 1
        out += ["", f"{indent}$$", *(f"{indent}{line}" for line in body), f"{indent}$$", ""]
    return "\n".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


class DocstringMath(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: object) -> None:
        if obj.docstring is not None:
            obj.docstring.value = convert(obj.docstring.value)
