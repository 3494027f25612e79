"""The glossary covers the terms the pages define, and links resolve to real sections."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ENTRIES = yaml.safe_load((ROOT / "hooks" / "glossary.yml").read_text(encoding="utf-8"))
PAGES = sorted(p for p in DOCS.glob("*.md") if not p.name.endswith(".en.md") and p.stem != "glossary")


def _names(lang: str) -> set[str]:
    return {n.casefold() for e in ENTRIES for n in [e[lang], *e.get(f"{lang}_variants", [])]}


def test_entries_are_unique_and_complete() -> None:
    ids = [e["id"] for e in ENTRIES]
    assert len(ids) == len(set(ids))
    for entry in ENTRIES:
        assert entry["ko"] and entry["en"] and entry["defined"], entry


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["id"])
def test_each_term_links_to_a_section_that_exists_in_both_languages(entry: dict) -> None:
    page, _, anchor = entry["defined"].partition("#")
    for source in (DOCS / page, DOCS / page.replace(".md", ".en.md")):
        text = source.read_text(encoding="utf-8")
        assert not anchor or re.search(rf"\{{#{re.escape(anchor)}\}}", text), (source.name, anchor)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_defined_term_is_in_the_glossary(page: Path) -> None:
    # A term is defined in bold with its English in parentheses: **엔트로피(entropy)**.
    korean = _names("ko")
    defined = re.findall(r"\*\*([가-힣A-Za-z0-9 \-–·]+?)\s*\(([A-Za-z][^)]*)\)\*\*", page.read_text(encoding="utf-8"))
    missing = sorted({ko.strip() for ko, _ in defined if ko.strip().casefold() not in korean})
    assert not missing, f"{page.name}: terms defined in bold but missing from hooks/glossary.yml: {missing}"
