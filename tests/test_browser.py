"""The built site in headless Chromium: math, layout, plots, language switch, search, privacy.

The browser, the local server and ``visit`` (a page that records console
errors and requests leaving the host) are fixtures in conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from site_build import built_site, html_pages

if TYPE_CHECKING:
    from conftest import Visit

pytestmark = pytest.mark.site  # builds the site: the slow tier

PAGES = {"ko": "/entropy/", "en": "/en/entropy/"}
COUNTERPART = {"ko": ("en", "/en/entropy/"), "en": ("ko", "/entropy/")}


def _all_pages() -> list[str]:
    """Every page of both languages, as URL paths (404 pages included)."""
    site = built_site()
    paths = []
    for path in html_pages(site):
        relative = path.relative_to(site).as_posix()
        if relative.startswith("assets/"):
            continue
        paths.append("/" + relative.removesuffix("index.html"))
    return paths


# What every page must satisfy, at phone and desktop width, in both colour
# schemes: every formula drawn at a real size, nothing wider than the
# screen, no error and no request off the host (checked by the fixture).
_LAYOUT = """() => {
    const math = [...document.querySelectorAll('.md-content .arithmatex')];
    const sizes = math.map(m => {
        const svg = m.querySelector('mjx-container > svg');
        const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
        return [box.width, box.height];
    });
    const tooSmall = sizes.filter(([w, h]) => !(w > 4 && h > 4)).length;
    // Anything that sticks out to the right of the screen and is not inside
    // a scroller of its own (a display formula, a code block, a table).
    const wide = [...document.querySelectorAll('body *')].filter(e => {
        const r = e.getBoundingClientRect();
        if (r.right <= innerWidth + 1 || r.width === 0) return false;
        for (let p = e.parentElement; p; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if (o === 'auto' || o === 'scroll' || o === 'hidden')
                return p === document.body || p === document.documentElement;
        }
        return true;
    }).map(e => e.tagName + '.' + e.className).slice(0, 5);
    return {math: math.length, tooSmall, wide,
            scrollWidth: document.documentElement.scrollWidth, innerWidth,
            focusable: document.querySelectorAll('.arithmatex [tabindex], mjx-container[tabindex]').length,
            scripts: [...document.scripts].map(s => s.src).filter(s => /mathjax|tex-/i.test(s))};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 390, 1280])
def test_every_page_shows_its_math_and_fits_the_screen(
    visit: Callable[..., Visit], base_url: str, width: int, scheme: str
) -> None:
    if width == 320 and scheme == "dark":
        pytest.skip("320 px is checked once, in the light scheme")
    failures = []
    # The fixture also fails the test on a console error or a request off the host.
    tab = visit(scheme, width)
    for path in _all_pages():
        result = tab.open(base_url + path).evaluate(_LAYOUT)
        # Every page has some math, the API reference's pages too; the 404
        # pages and the reference's index (a list of names) have none.
        if not path.endswith(("404.html", "/reference/")) and result["math"] == 0:
            failures.append((path, "no math"))
        if result["tooSmall"] or result["scrollWidth"] > width or result["wide"]:
            failures.append((path, result))
        if result["focusable"] or result["scripts"]:
            failures.append((path, result))
    assert not failures, failures


# Nothing in a page's content may move once it is on screen, nor reach
# outside the article, and a link to a heading lands on it. Checked on one
# visit of each page:
# - a layout shift while the page loads, recorded from the first byte (only
#   the content counts: Material reveals its colour-scheme toggle by script,
#   which moves the language button in the header by one button's width);
# - the scripts (Material wrapping tables, the figures enabling their
#   controls) leaving a block somewhere else than the page without scripts;
# - a block drawn on demand (content-visibility in docs/stylesheets/site.css)
#   sitting elsewhere than without that rule: drawn, it is contained
#   (`contain: layout style paint`), which stops margins collapsing.
_RECORD_SHIFTS = """
window.__contentShifts = [];
new PerformanceObserver(list => {
    for (const entry of list.getEntries())
        for (const source of entry.sources) {
            // A shifted text node is reported as itself: judge it by its element.
            const text = source.node && source.node.nodeType === Node.TEXT_NODE;
            const node = text ? source.node.parentElement : source.node;
            if (node && node.closest('.md-content'))
                window.__contentShifts.push([entry.value, node.id || node.tagName]);
        }
}).observe({type: 'layout-shift', buffered: true});
"""

# Every block's box; `drawn` lays out blocks left for later as they are once
# drawn, so that the boxes do not depend on what was scrolled past.
_BLOCK_BOXES = """(drawn) => {
    const blocks = [...document.querySelector('.md-content__inner').children];
    const onDemand = blocks.filter(b => getComputedStyle(b).contentVisibility === 'auto');
    if (drawn) onDemand.forEach(b => {
        b.style.contentVisibility = 'visible';
        b.style.contain = 'layout style paint';
    });
    const boxes = blocks.map(b => {
        const r = b.getBoundingClientRect();
        return [b.tagName, Math.round(r.left), Math.round(r.top + scrollY), Math.round(r.width), Math.round(r.height)];
    });
    onDemand.forEach(b => { b.style.contentVisibility = ''; b.style.contain = ''; });
    return {boxes, onDemand: onDemand.length};
}"""

# Text of the content lying below the footer's top: where a block drawn on
# demand is taller than its placeholder, its content, laid out for a query
# ("where is this link?", as Lighthouse's contrast audit asks), would reach
# into the footer. A closed <details> lays out its hidden answers below
# itself in the same way; nobody sees those.
_BELOW_THE_FOOTER = """() => {
    const footer = document.querySelector('.md-footer').getBoundingClientRect().top;
    return [...document.querySelectorAll('.md-content__inner :is(p, li, a, td, th, dt, dd, pre, figcaption, summary)')]
        .filter(e => !e.parentElement.closest('details:not([open])') || e.closest('summary'))
        .filter(e => e.getBoundingClientRect().bottom > footer + 1)
        .map(e => e.tagName + ': ' + e.textContent.slice(0, 40)).slice(0, 3);
}"""

_WITHOUT_RENDERING_ON_DEMAND = """() => {
    for (const sheet of document.styleSheets) {
        if (!sheet.href || !sheet.href.endsWith('/stylesheets/site.css')) continue;
        for (let i = sheet.cssRules.length - 1; i >= 0; i--)
            if ((sheet.cssRules[i].conditionText || '').includes('overflow-anchor')) sheet.deleteRule(i);
    }
    return [...document.querySelector('.md-content__inner').children]
        .filter(b => getComputedStyle(b).contentVisibility === 'auto').length;
}"""


def _moved(before: list, after: list) -> list:
    # Boxes are rounded page coordinates: a fraction of a pixel may round either way.
    return [
        (b, a)
        for b, a in zip(before, after, strict=True)
        if b[0] != a[0] or any(abs(x - y) > 1 for x, y in zip(b[1:], a[1:], strict=True))
    ][:3]


# Where a jump to a heading from another page leaves it, once the blocks
# around it are drawn, against where the browser puts it on a settled page.
_JUMP_LANDS = """async (id) => {
    const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    await frames(); await new Promise(r => setTimeout(r, 300)); await frames();
    const heading = document.getElementById(id);
    const landed = heading.getBoundingClientRect().top;
    heading.scrollIntoView(); await frames();
    return [Math.round(landed), Math.round(heading.getBoundingClientRect().top)];
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_nothing_in_the_content_moves(visit: Callable[..., Visit], base_url: str, width: int) -> None:
    static = visit("light", width, javascript=False)
    tab = visit("light", width)
    tab.page.add_init_script(_RECORD_SHIFTS)
    failures, long_pages = {}, 0
    for path in _all_pages():
        if path.endswith("404.html"):
            continue
        without_scripts = static.open(base_url + path).evaluate(_BLOCK_BOXES, True)["boxes"]
        page = tab.open(base_url + path)
        if shifts := page.evaluate("window.__contentShifts"):
            failures[(path, "shifted while loading")] = shifts
        if below := page.evaluate(_BELOW_THE_FOOTER):
            failures[(path, "reaches into the footer")] = below
        drawn = page.evaluate(_BLOCK_BOXES, True)
        if moved := _moved(without_scripts, drawn["boxes"]):
            failures[(path, "moved by the scripts")] = moved
        assert page.evaluate(_WITHOUT_RENDERING_ON_DEMAND) == 0
        if moved := _moved(drawn["boxes"], page.evaluate(_BLOCK_BOXES, False)["boxes"]):
            failures[(path, "placed differently when drawn on demand")] = moved
        if len(drawn["boxes"]) > 40:
            long_pages += 1
            if drawn["onDemand"] <= len(drawn["boxes"]) // 2:
                failures[(path, "few blocks drawn on demand")] = drawn["onDemand"]
            # A link from elsewhere to a heading far down, past blocks not yet
            # drawn (the query makes it a new document, not a scroll in this one).
            target = page.evaluate("[...document.querySelectorAll('.md-content__inner > h2[id]')].at(-3).id")
            landed, settled = tab.open(f"{base_url}{path}?from=elsewhere#{target}").evaluate(_JUMP_LANDS, target)
            if abs(landed - settled) > 1:
                failures[(path, f"jump to #{target} landed off")] = (landed, settled)
    assert long_pages >= 8 and not failures, failures


# Code blocks' copy buttons, by how far down the page each block is.
_COPY_BUTTONS = """() => [...document.querySelectorAll('.md-content pre > code')].map(code => ({
    top: Math.round(code.getBoundingClientRect().top),
    copy: !!code.closest('pre').querySelector('.md-code__nav'),
}))"""


@pytest.mark.parametrize("width", [390, 1280])
def test_code_blocks_far_down_are_set_up_when_they_come_into_view(
    visit: Callable[..., Visit], base_url: str, width: int
) -> None:
    """Material's set-up of a far-down code block waits until it is in view.

    Set up at load, each block's width is read, which draws the blocks left to
    be drawn on demand (mkdocs.yml: content.lazy).
    """
    from playwright.sync_api import expect  # here: the browser fixture reports a missing playwright

    page = visit("light", width).open(base_url + "/gan-objective/")
    blocks = page.evaluate(_COPY_BUTTONS)
    far_down = [b for b in blocks if b["top"] > 3 * page.viewport_size["height"]]
    assert len(far_down) >= 10 and not any(b["copy"] for b in far_down), far_down
    # The reader gets there: the last block outside the closed answers gets its copy button.
    last = page.locator(".md-content pre:not(details:not([open]) pre)").last
    last.scroll_into_view_if_needed()
    expect(last.locator(".md-code__nav")).to_have_count(1)


@pytest.mark.parametrize("lang", PAGES)
def test_math_is_typeset(visit: Callable[..., Visit], base_url: str, lang: str) -> None:
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
    # Formulas are no Tab stops: the first Tab press from the article's
    # start lands on a link or control, never inside a formula.
    assert (
        page.evaluate("() => document.querySelectorAll('mjx-container [tabindex], mjx-container[tabindex]').length")
        == 0
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_math_takes_the_text_colour(visit: Callable[..., Visit], base_url: str, scheme: str) -> None:
    page = visit(scheme).open(base_url + PAGES["ko"])
    luminance = page.evaluate(
        """() => {
            const g = document.querySelector('article mjx-container svg > g');
            const [r, gr, b] = getComputedStyle(g).fill.match(/[\\d.]+/g).map(Number);
            return (0.2126 * r + 0.7152 * gr + 0.0722 * b) / 255;
        }"""
    )
    assert (luminance > 0.6) if scheme == "dark" else (luminance < 0.4), luminance


@pytest.mark.parametrize("lang", PAGES)
def test_korean_words_do_not_break_inside(visit: Callable[..., Visit], base_url: str, lang: str) -> None:
    # word-break: keep-all on Korean pages (docs/stylesheets/site.css): a
    # phone-width line breaks between words only. Measured: each word of a
    # Korean paragraph lies on one line (its first and last letters share a top).
    page = visit(width=320).open(base_url + PAGES[lang])
    broken = page.evaluate(
        """() => {
            const broken = [];
            for (const p of document.querySelectorAll('article p')) {
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                for (let node; (node = walker.nextNode()); ) {
                    if (node.parentElement.closest('code, mjx-container, a')) continue;
                    for (const m of node.data.matchAll(/[\\uac00-\\ud7a3]{2,}/g)) {
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const rects = [...range.getClientRects()].filter(r => r.width > 0);
                        if (rects.length > 1 && rects[0].top !== rects[rects.length - 1].top) broken.push(m[0]);
                    }
                }
            }
            return broken;
        }"""
    )
    assert not broken, broken[:10]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", PAGES)
def test_plots_render_and_follow_the_colour_scheme(
    visit: Callable[..., Visit], base_url: str, lang: str, scheme: str
) -> None:
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
def test_language_switcher_leads_to_the_counterpart_page(visit: Callable[..., Visit], base_url: str, lang: str) -> None:
    page = visit().open(base_url + PAGES[lang])
    other, path = COUNTERPART[lang]
    page.hover(".md-header__option .md-select")
    page.click(f'a.md-select__link[hreflang="{other}"]')
    page.wait_for_url(base_url + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("() => document.documentElement.lang") == other


@pytest.mark.parametrize(
    ("lang", "query", "home"), [("ko", "엔트로피", "/"), ("ko", "entropy", "/"), ("en", "entropy", "/en/")]
)
def test_search_finds_the_entropy_page(
    visit: Callable[..., Visit], base_url: str, lang: str, query: str, home: str
) -> None:
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
    # The page about entropy comes first, before the pages that mention it
    # (hooks/search_per_language.py boosts a page's own entry).
    if query != "entropy" or lang == "en":
        assert hrefs[0].startswith(base_url + PAGES[lang]), hrefs[:3]
    # Each language searches only itself (hooks/search_per_language.py): the
    # Korean page also contains "entropy", in parentheses after 엔트로피.
    in_english = [h.startswith(base_url + "/en/") for h in hrefs]
    assert all(in_english) if lang == "en" else not any(in_english), hrefs


@pytest.mark.parametrize(
    ("lang", "query", "first"),
    [
        ("ko", "교차 엔트로피", "/cross-entropy/"),
        ("ko", "쿨백-라이블러 발산", "/kl-divergence/"),
        ("ko", "젠슨-섀넌 발산", "/js-divergence/"),
        ("ko", "최대가능도", "/maximum-likelihood/"),
        ("en", "cross entropy", "/en/cross-entropy/"),
    ],
)
def test_search_ranks_the_page_about_the_term_first(
    visit: Callable[..., Visit], base_url: str, lang: str, query: str, first: str
) -> None:
    page = visit().open(base_url + ("/" if lang == "ko" else "/en/"))
    page.click("label.md-search__icon[for='__search'], .md-search__input")
    search = page.locator("input.md-search__input")
    search.fill(query)
    search.press("End")
    page.locator(".md-search-result__item a").first.wait_for(timeout=10_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.href)")
    assert hrefs[0].startswith(base_url + first), hrefs[:3]


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [("/404.html", "ko", "페이지를 찾을 수 없습니다"), ("/en/404.html", "en", "Page not found")],
)
def test_404_pages_speak_their_language(
    visit: Callable[..., Visit], base_url: str, path: str, lang: str, heading: str
) -> None:
    page = visit().open(base_url + path)
    assert page.evaluate("() => document.documentElement.lang") == lang
    assert page.locator("article h1").inner_text() == heading
