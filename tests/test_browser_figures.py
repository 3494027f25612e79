"""The interactive figures in a real browser: their numbers are the library's, everywhere.

Every figure on every page is driven through random positions and the edges
(zeros, one-hot, identical and disjoint distributions); each number the
browser shows is compared with `divergence` computed here in Python:
1e-12 relative, or exactly where the library gives 0 or infinity. The GAN
value is compared to 1e-12 of its range (log 4), because near 0 both sides
compute it by a cancelling sum.
"""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from site_build import built_site, html_pages

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parent.parent


def _widgets_module():
    spec = importlib.util.spec_from_file_location("site_widgets", ROOT / "hooks" / "widgets.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["site_widgets"] = module
    spec.loader.exec_module(module)
    return module


widgets = _widgets_module()


def _pages_with_figures() -> list[str]:
    site = built_site()
    return [
        "/" + p.relative_to(site).parent.as_posix().strip(".") + "/"
        for p in html_pages(site)
        if 'class="dv-widget"' in p.read_text(encoding="utf-8")
    ]


def _positions(kind: str, n: int, weight_max: int, rng: np.random.Generator) -> list[tuple[list[int], list[int]]]:
    if kind == "shift":
        return []
    one_hot = [weight_max] + [0] * (n - 1)
    uniform = [1] * n
    edges = [
        (uniform, uniform),  # identical
        (one_hot, one_hot[::-1]),  # disjoint
        (one_hot, uniform),  # a zero in P only
        (uniform, one_hot),  # zeros in Q where P has mass: KL(P||Q) = inf
        ([0] * n, uniform),  # no distribution at all
    ]
    random = [(list(rng.integers(0, weight_max + 1, n)), list(rng.integers(0, weight_max + 1, n))) for _ in range(25)]
    return edges + random


def _close(shown: float, expected: float, name: str) -> bool:
    if expected == 0 or math.isinf(expected):
        return shown == expected
    if name == "gan":
        return abs(shown - expected) <= 1e-12 * math.log(4)
    return abs(shown - expected) <= 1e-12 * abs(expected)


def _shown(page, index: int) -> dict[str, str]:
    return page.evaluate(
        """(i) => Object.fromEntries(Array.from(document.querySelectorAll('.dv-widget')[i]
              .querySelectorAll('output[data-quantity]')).map(o => [o.dataset.quantity, o.dataset.value]))""",
        index,
    )


def _parse(text: str) -> float:
    return float(text.replace("Infinity", "inf"))


def test_there_are_figures() -> None:
    assert _pages_with_figures()


def test_figures_agree_with_the_library(browser: Browser, base_url: str) -> None:
    rng = np.random.default_rng(20261202)
    checked = figures = 0
    for url in _pages_with_figures():
        context = browser.new_context(viewport={"width": 390, "height": 844})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base_url + url)
        page.wait_for_function("() => document.querySelectorAll('.dv-widget[data-ready]').length > 0")
        for index in range(page.locator(".dv-widget").count()):
            figures += 1
            widget = page.locator(".dv-widget").nth(index)
            kind = widget.get_attribute("data-kind")
            base = widget.get_attribute("data-base")
            units = widget.locator('input[data-role="unit"]')
            bases = [units.nth(k).get_attribute("value") for k in range(units.count())] or [base]
            if kind == "shift":
                grid, width, at, floor = (
                    int(widget.get_attribute(a)) for a in ("data-grid", "data-width", "data-at", "data-floor")
                )
                shift_max = int(widget.locator('input[data-role="shift"]').get_attribute("max"))
                cases = [("shift", s) for s in range(shift_max + 1)]
            else:
                n = widget.locator('input[data-dist="p"]').count()
                weight_max = int(widget.locator('input[data-dist="p"]').first.get_attribute("max"))
                cases = [("weights", pq) for pq in _positions(kind, n, weight_max, rng)]
            for chosen_base in bases:
                if units.count():
                    widget.locator(f'input[data-role="unit"][value="{chosen_base}"]').check()
                for mode, case in cases:
                    if mode == "shift":
                        page.evaluate(
                            """([i, s]) => { const w = document.querySelectorAll('.dv-widget')[i];
                                const input = w.querySelector('input[data-role="shift"]');
                                input.value = s; input.dispatchEvent(new Event('input', {bubbles: true})); }""",
                            [index, case],
                        )
                        p = widgets.normalise(widgets.bump(grid, at, width, floor))
                        q = widgets.normalise(widgets.bump(grid, at + case, width, floor))
                    else:
                        pw, qw = case
                        page.evaluate(
                            """([i, p, q]) => { const w = document.querySelectorAll('.dv-widget')[i];
                                w.querySelectorAll('input[data-dist="p"]').forEach((el, k) => el.value = p[k]);
                                w.querySelectorAll('input[data-dist="q"]').forEach((el, k) => el.value = q[k]);
                                w.dispatchEvent(new Event('input', {bubbles: true})); }""",
                            [index, [int(x) for x in pw], [int(x) for x in qw]],
                        )
                        if sum(pw) == 0 or (kind != "entropy" and sum(qw) == 0):
                            assert set(_shown(page, index).values()) == {""}, (
                                "an empty distribution must show no number"
                            )
                            continue
                        p = widgets.normalise([int(x) for x in pw])
                        q = widgets.normalise([int(x) for x in qw]) if kind != "entropy" else None
                    for name, text in _shown(page, index).items():
                        expected = widgets.quantity(name, p, q, chosen_base)
                        shown = _parse(text)
                        assert _close(shown, expected, name), (url, index, name, case, shown, expected)
                        checked += 1
        assert not errors, errors
        context.close()
    assert checked >= 25 * figures  # every figure was driven through its positions


def test_figures_work_from_the_keyboard(browser: Browser, base_url: str) -> None:
    url = _pages_with_figures()[0]
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base_url + url)
    page.wait_for_function("() => document.querySelector('.dv-widget[data-ready]')")
    slider = page.locator(".dv-widget input[type=range]").first
    before = page.locator(".dv-widget output[data-quantity]").first.get_attribute("data-value")
    slider.focus()
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    after = page.locator(".dv-widget output[data-quantity]").first.get_attribute("data-value")
    assert before != after
    assert outline != "none"
    page.close()


def test_without_javascript_figures_show_their_starting_position(browser: Browser, base_url: str) -> None:
    from playwright.sync_api import expect  # here: the browser fixture reports a missing playwright

    for url in _pages_with_figures():
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(base_url + url)
        outputs = page.locator(".dv-widget output[data-quantity]")
        assert outputs.count() > 0
        for k in range(outputs.count()):
            # Scrolled to, as a reader would: a figure far down the page is
            # drawn only near the viewport (site.css), and text not yet drawn
            # has no rendered text (innerText) until the next frame.
            outputs.nth(k).scroll_into_view_if_needed()
            expect(outputs.nth(k)).to_have_text(re.compile(r"^−?(\d+\.\d{4}|∞)$"))
        assert page.locator(".dv-widget fieldset[disabled]").count() > 0
        context.close()


# Runs when the parser is done and before deferred scripts (figures.js): a
# slider moved away from its starting value, as a browser restoring form
# state on back navigation leaves it.
_RESTORE_A_SLIDER = """document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const input = document.querySelector('.dv-widget input[type=range]');
    input.value = input.value === input.max ? input.min : input.max;
});"""


def test_figures_redraw_controls_the_browser_restored(browser: Browser, base_url: str) -> None:
    # The build draws each figure at its starting values, and the script
    # redraws at load only when a control no longer holds its starting value.
    shown = "() => Array.from(document.querySelectorAll('.dv-widget output[data-quantity]'), o => o.dataset.value)"
    for url in _pages_with_figures():
        page = browser.new_page(viewport={"width": 390, "height": 844})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.add_init_script(_RESTORE_A_SLIDER)
        page.goto(base_url + url)
        page.wait_for_function("() => document.querySelectorAll('.dv-widget[data-ready]').length > 0")
        assert page.evaluate("() => document.querySelector('.dv-widget input[type=range]').value") != (
            page.evaluate("() => document.querySelector('.dv-widget input[type=range]').defaultValue")
        ), "the restore did not happen"
        assert not errors, errors
        at_load = page.evaluate(shown)
        page.evaluate("() => document.querySelectorAll('.dv-widget').forEach(w => w.dispatchEvent(new Event('input')))")
        assert page.evaluate(shown) == at_load, url
        page.close()
