"""Every internal link and #anchor in the built site (both languages) resolves."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from site_build import built_site, html_pages

pytestmark = pytest.mark.site  # builds the site: the slow tier


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(key):
                self.ids.add(attributes[key])
        for key in ("href", "src"):
            value = attributes.get(key)
            if value:
                self.links.append(value)


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def _target(site: Path, page: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path)
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve() if path else page
    if target.is_dir():
        target = target / "index.html"
    return target


def check_links(site: Path) -> list[str]:
    """Return one message per broken internal link or anchor."""
    pages = {p.resolve(): _parse(p) for p in html_pages(site)}
    problems = []
    for page, parsed in pages.items():
        for url in parsed.links:
            if urlsplit(url).scheme or url.startswith("//"):
                continue  # external: a link, not a request, and not checked offline
            address, fragment = urldefrag(url)
            target = _target(site, page, address)
            if not target.is_file() or not target.resolve().is_relative_to(site.resolve()):
                problems.append(f"{page.relative_to(site)}: {url} -> missing {target}")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in pages[target.resolve()].ids:
                problems.append(f"{page.relative_to(site)}: {url} -> no #{fragment}")
    return problems


def test_internal_links_and_anchors_resolve() -> None:
    site = built_site()
    problems = check_links(site)
    assert not problems, "\n".join(problems[:50])


def test_both_language_trees_are_checked() -> None:
    site = built_site().resolve()
    checked = {p.resolve() for p in html_pages(site)}
    assert site / "entropy" / "index.html" in checked
    assert site / "en" / "entropy" / "index.html" in checked


@pytest.mark.parametrize("bad", ["../nowhere/", "../reference/#divergence.no_such_function"])
def test_checker_catches_broken_links(tmp_path: Path, bad: str) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "index.html").write_text('<h2 id="divergence.entropy">x</h2>')
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text(
        f'<a href="../reference/#divergence.entropy">ok</a><a href="{bad}">bad</a>'
    )
    problems = check_links(tmp_path)
    assert len(problems) == 1 and bad in problems[0]
