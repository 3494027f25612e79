"""MkDocs hook: a term's first bold use on a page links to its glossary entry.

The terms come from ``hooks/glossary.yml``, the same list the glossary page
renders, so adding a term there links it everywhere it is defined in bold.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

GLOSSARY = Path(__file__).with_name("glossary.yml")
# Bold text with no markup inside; "엔트로피(entropy)" is looked up as "엔트로피".
_STRONG = re.compile(r"<strong>([^<]+)</strong>")


@cache
def _terms(lang: str) -> dict[str, str]:
    entries = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for entry in entries:
        for name in [entry[lang], *entry.get(f"{lang}_variants", [])]:
            names.setdefault(_key(name), entry["id"])
    return names


def _key(text: str) -> str:
    return html.unescape(text).split("(")[0].strip().casefold()


def page_language(page: Page) -> str:
    return "en" if page.url.startswith("en/") or page.url == "en/" else "ko"


def on_page_content(content: str, page: Page, **kwargs: Any) -> str:
    lang = page_language(page)
    if page.file.src_uri.startswith("glossary") or page.url.endswith("404.html"):
        return content
    glossary_url = "en/glossary/" if lang == "en" else "glossary/"
    href = get_relative_url(glossary_url, page.url)
    terms, linked = _terms(lang), set()

    def link(match: re.Match[str]) -> str:
        term = terms.get(_key(match.group(1)))
        if term is None or term in linked:
            return match.group(0)
        linked.add(term)
        return f'<strong><a class="dv-term" href="{href}#term-{term}">{match.group(1)}</a></strong>'

    return _STRONG.sub(link, content)
