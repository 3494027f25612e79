"""MkDocs hook: tables arrive in the scroll box that Material's script would put them in.

Material's JavaScript wraps every ``table:not([class])`` of the content in
``<div class="md-typeset__scrollwrap"><div class="md-typeset__table">`` once
the page has loaded (``components/content/table``), so that a wide table
scrolls inside itself. The bare table and the wrapped one are laid out
differently (the wrapper reaches to the screen's edges on a phone), so the
text below a table jumps when the script runs: a layout shift, reported
upstream as squidfunk/mkdocs-material#7219. The build puts the wrapper in
place instead; the script still adds its own inside it, which
docs/stylesheets/site.css makes take no room (``.md-typeset__table
.md-typeset__scrollwrap``).
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_TABLE = re.compile(r"<table>.*?</table>", flags=re.DOTALL)


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _TABLE.sub(
        lambda m: f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table">{m.group(0)}</div></div>', html
    )
