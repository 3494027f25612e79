"""The built site in headless Chromium: math, plots, language switch, search, privacy.

Uses Debian's Chromium (/usr/bin/chromium) through Playwright's Python
package; Playwright's own browser download is never used. Without Chromium
the tests are skipped, unless DIVERGENCE_REQUIRE_BROWSER is set (as .ci/run
does), where they fail instead.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from site_build import built_site

pytestmark = pytest.mark.site  # builds the site: the slow tier

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _unavailable(reason: str) -> None:
    if os.environ.get("DIVERGENCE_REQUIRE_BROWSER"):
        pytest.fail(f"{reason} (DIVERGENCE_REQUIRE_BROWSER is set)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).is_file():
        _unavailable("Chromium not found at /usr/bin/chromium: install Debian's `chromium` package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed: pip install -e '.[test]'")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class Visit:
    """One browser context and page that records errors and off-host requests."""

    def __init__(self, browser: object, scheme: str) -> None:
        self.context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.off_host: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url}"))

    def _route(self, route: object) -> None:
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.off_host.append(url)
            route.abort()

    def open(self, url: str) -> object:
        self.page.goto(url)
        self.page.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
        self.page.evaluate("() => MathJax.startup.promise")
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: object) -> Iterator[callable]:
    visits: list[Visit] = []

    def make(scheme: str = "light") -> Visit:
        visits.append(Visit(browser, scheme))
        return visits[-1]

    yield make
    for v in visits:
        assert not v.errors, v.errors
        assert not v.off_host, f"requests left localhost: {v.off_host}"
        v.close()


PAGES = {"ko": "/entropy/", "en": "/en/entropy/"}
COUNTERPART = {"ko": ("en", "/en/entropy/"), "en": ("ko", "/entropy/")}


@pytest.mark.parametrize("lang", PAGES)
def test_math_is_typeset(visit: callable, base_url: str, lang: str) -> None:
    page = visit().open(base_url + PAGES[lang])
    counts = page.evaluate(
        """() => {
            const math = [...document.querySelectorAll('article .arithmatex')];
            return {math: math.length,
                    typeset: math.filter(m => m.querySelector('mjx-container svg')).length};
        }"""
    )
    assert counts["math"] > 20 and counts["typeset"] == counts["math"], counts
    # Prose outside code must show no TeX source.
    prose = page.evaluate(
        """() => {
            const article = document.querySelector('article').cloneNode(true);
            article.querySelectorAll('pre, code, mjx-assistive-mml').forEach(e => e.remove());
            return article.textContent;
        }"""
    )
    for raw in ("$", "\\(", "\\[", "\\frac", "\\sum", "\\operatorname"):
        assert raw not in prose, raw
    box = page.locator("article mjx-container[display='true'] svg").first.bounding_box()
    assert box and box["width"] > 50 and box["height"] > 15


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", PAGES)
def test_plots_render_and_follow_the_colour_scheme(visit: callable, base_url: str, lang: str, scheme: str) -> None:
    page = visit(scheme).open(base_url + PAGES[lang])
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == expected
    plots = page.locator("svg.dv-plot")
    assert plots.count() == 2
    for i in range(2):
        plot = plots.nth(i)
        box = plot.bounding_box()
        assert box and box["width"] > 300 and box["height"] > 150
        assert plot.get_attribute("aria-label")
    # Axes and labels take the page's text colour: dark on light, light on dark.
    luminance = page.evaluate(
        """() => {
            const [r, g, b] = getComputedStyle(document.querySelector('svg.dv-plot'))
                .color.match(/[\\d.]+/g).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        }"""
    )
    assert (luminance > 0.6) if scheme == "dark" else (luminance < 0.4), luminance


@pytest.mark.parametrize("lang", PAGES)
def test_language_switcher_leads_to_the_counterpart_page(visit: callable, base_url: str, lang: str) -> None:
    page = visit().open(base_url + PAGES[lang])
    other, path = COUNTERPART[lang]
    page.hover(".md-header__option .md-select")
    page.click(f'a.md-select__link[hreflang="{other}"]')
    page.wait_for_url(base_url + path)
    assert page.evaluate("() => document.documentElement.lang") == other


@pytest.mark.parametrize(
    ("lang", "query", "home"), [("ko", "엔트로피", "/"), ("ko", "entropy", "/"), ("en", "entropy", "/en/")]
)
def test_search_finds_the_entropy_page(visit: callable, base_url: str, lang: str, query: str, home: str) -> None:
    page = visit().open(base_url + home)
    page.click("label.md-search__icon[for='__search'], .md-search__input")
    search = page.locator("input.md-search__input")
    search.fill(query)
    # Material's search listens for key events; Hangul typed key by key does
    # not arrive as keystrokes, so fill the box and then press a harmless key.
    search.press("End")
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")
    assert any(h.startswith(base_url + PAGES[lang]) for h in hrefs), hrefs
    # Each language searches only itself (hooks/search_per_language.py): the
    # Korean page also contains "entropy", in parentheses after 엔트로피.
    in_english = [h.startswith(base_url + "/en/") for h in hrefs]
    assert all(in_english) if lang == "en" else not any(in_english), hrefs
