"""MkDocs hook: the parts of each language's pages that configuration alone cannot localize.

- Heading anchors: the ``toc`` extension's ``permalink_title`` is one string
  for the whole site (mkdocs-static-i18n refuses per-language
  ``markdown_extensions``); mkdocs.yml sets the Korean one and English pages
  get theirs here.
- The search dialog's name (Material's ``<div class="md-search" role="dialog">``
  has none, which screen readers and Lighthouse flag): the page language's
  word for search, as Material's own strings have it.
- The 404 page: each language build renders ``404.html`` to the same root
  path, so the last build (English) would overwrite the Korean one. The
  English one goes to ``en/404.html`` instead; the root one stays Korean and
  sends readers of a missing ``en/`` address on to it (``overrides/404.html``).
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

ENGLISH_PREFIX = "en/"
SEARCH_LABEL = {"ko": "검색", "en": "Search"}
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
PERMALINK_TITLE = {"en": "Permanent link"}

_HEADERLINK = re.compile(r'(<a class="headerlink" href="[^"]*" title=")[^"]*(")')
_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: object) -> str:
    if page.url.startswith(ENGLISH_PREFIX):
        html = _HEADERLINK.sub(lambda m: f"{m[1]}{PERMALINK_TITLE['en']}{m[2]}", html)
    return html


def _label_search(output: str, lang: str) -> str:
    return output.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_LABEL[lang]}">', 1)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return _label_search(output, "en" if page.url.startswith(ENGLISH_PREFIX) else "ko")


def on_post_template(output: str, *, template_name: str, config: MkDocsConfig) -> str:
    if template_name != "404.html":
        return output
    if config.theme.get("language") != "en":
        return _label_search(output, "ko")
    output = _label_search(output, "en")
    # Its search box searches the English index (hooks/search_per_language.py).
    output = _BASE.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{ENGLISH_PREFIX}{m[3]}", output, count=1)
    path = Path(config.site_dir) / ENGLISH_PREFIX / "404.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(output, encoding="utf-8")
    return ""  # MkDocs then leaves the root 404.html (the Korean one) alone
