"""MkDocs hook: one search index per language, so each site searches only itself.

mkdocs-static-i18n stacks the entries of every language into the single
``search/search_index.json`` at the site root (``reconfigure_search_index``
in its ``reconfigure.py``), and Material's pages of both languages load that
file, because their ``__config.base`` points at the site root. Searching
"entropy" on the English site then also lists the Korean page, which
contains "(entropy)". This hook writes the English entries to
``en/search/search_index.json`` (locations relative to ``en/``), keeps the
rest at the root, and points the English pages' ``base`` at ``en/``;
Material uses ``base`` only for the search index and for the sitemap that
instant navigation and version selection read, and neither is enabled here.

It also ranks the page about a term above the pages that mention it. Each
page's own entry (location without "#", titled with the page title, e.g.
"엔트로피 (Entropy)") gets a document boost, which Material's search worker
passes to lunr as the entry's ``boost`` (as it does for the per-page
``search.boost`` front matter), the larger the fewer words the title has
before its parenthesised gloss: a page titled "Entropy" is about entropy,
one titled "Cross entropy" mentions it. Without it, searching 엔트로피 listed
the KL page first (its section title "교차 엔트로피와 엔트로피로 나누기"
matches Material's trailing-wildcard query twice, since Korean particles
stay attached to words), and "entropy" on the English site listed Cross
entropy first: the two page titles scored exactly the same in lunr, and
the tie went to index order.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

_LANGUAGE_PREFIX = "en/"
PAGE_BOOST = 4  # a one-word page title: boost 1 + 4; two words: 1 + 2; ...
_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if not page.url.startswith(_LANGUAGE_PREFIX):
        return output
    # The trailing slash matters: Material resolves URLs against base with
    # new URL(), which would drop a last segment "en" without it.
    return _BASE.sub(lambda m: f"{m[1]}{m[2]}/{_LANGUAGE_PREFIX}{m[3]}", output, count=1)


# After every plugin: the i18n plugin writes the stacked index in its own
# on_post_build, once the other languages are built.
@event_priority(-100)
def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    index_path = site / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    english = [d for d in index["docs"] if d["location"].startswith(_LANGUAGE_PREFIX)]
    others = [d for d in index["docs"] if not d["location"].startswith(_LANGUAGE_PREFIX)]
    for doc in index["docs"]:
        if "#" not in doc["location"]:
            doc.setdefault("boost", _page_boost(doc["title"]))
    for doc in english:
        doc["location"] = doc["location"][len(_LANGUAGE_PREFIX) :]
    _write(index_path, {**index, "docs": others})
    _write(site / _LANGUAGE_PREFIX / "search" / "search_index.json", {**index, "docs": english})


def _page_boost(title: str) -> float:
    words = len(title.split(" (")[0].split()) or 1
    return 1 + PAGE_BOOST / words


def _write(path: Path, index: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
