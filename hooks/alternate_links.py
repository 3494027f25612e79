"""MkDocs hook: drop the ``<link rel="alternate" hreflang>`` tags from pages.

Material's JavaScript reads those tags as the roots of the other language
versions and fetches ``<href>/sitemap.xml`` from each one. mkdocs-static-i18n
points them at the counterpart *page* instead (which is what makes the
language switcher contextual), so every page view would request a sitemap
that does not exist, and log a 404 to the console. The visible language menu
(``<a hreflang>`` in the header) is untouched and still leads to the same
page in the other language.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

_ALTERNATE_LINK = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return _ALTERNATE_LINK.sub("", output)


def on_post_template(output: str, *, template_name: str, config: MkDocsConfig) -> str:
    # The 404 pages are templates, not pages: they carry the same tags.
    if template_name == "404.html":
        return _ALTERNATE_LINK.sub("", output)
    return output
