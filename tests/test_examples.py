"""Every docs_src example runs on its own, warnings as errors, and draws its plots."""

from __future__ import annotations

import contextlib
import io
import re
import runpy
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from site_build import DOCS, DOCS_SRC

from divergence.plotting import SvgPlot

EXAMPLES = sorted(DOCS_SRC.rglob("*.py"))
LANGS = ("ko", "en")
SVG = "{http://www.w3.org/2000/svg}"


def run_example(path: Path) -> tuple[dict, str]:
    out = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(out):
        warnings.simplefilter("error")
        namespace = runpy.run_path(str(path), run_name="__main__")
    return namespace, out.getvalue()


def includes(page: Path) -> set[str]:
    return set(re.findall(r'^--8<-- "([^"]+)"$', page.read_text(encoding="utf-8"), flags=re.MULTILINE))


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.relative_to(DOCS_SRC).as_posix())
def test_example_runs(path: Path) -> None:
    namespace, output = run_example(path)
    assert output.strip() or callable(namespace.get("draw")), "an example must print or draw something"
    draw = namespace.get("draw")
    if draw is None:
        return
    for lang in LANGS:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            html = draw(lang)
        figure = ET.fromstring(html)  # well-formed XML
        assert figure.tag == "figure" and figure.find("figcaption").text
        root = figure.find(f"{SVG}svg")
        assert root.get("role") == "img" and root.get("aria-label") == figure.find("figcaption").text
        assert root.find(f"{SVG}title").text and root.find(f"{SVG}desc").text
        assert root.find(f".//{SVG}metadata") is None
        assert html == draw(lang), "the same plot must render to the same bytes"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.relative_to(DOCS_SRC).as_posix())
def test_example_is_shown_in_both_languages(path: Path) -> None:
    snippet = path.relative_to(DOCS_SRC).as_posix()
    pages = [p for p in DOCS.rglob("*.md") if snippet in includes(p)]
    korean = [p for p in pages if not p.name.endswith(".en.md")]
    english = [p for p in pages if p.name.endswith(".en.md")]
    assert korean and english, f"{snippet} is not included by a Korean and an English page"
    assert sorted(p.name.replace(".en.md", ".md") for p in english) == sorted(p.name for p in korean)


def _plot(label: str) -> str:
    plot = SvgPlot(title="t", desc="d")
    with plot as ax:
        ax.set_title(label)
    return plot.svg


def test_korean_labels_are_drawn_with_a_korean_font() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        svg = _plot("엔트로피")
    assert re.search(r'id="plot-[0-9a-f]+-NanumGothic-', svg)


def test_a_missing_glyph_is_an_error() -> None:
    # Devanagari: in neither NanumGothic nor DejaVu Sans.
    with pytest.raises(RuntimeError, match="missing from font"):
        _plot("\u0905")


def test_plot_needs_a_text_alternative() -> None:
    with pytest.raises(ValueError, match="title and desc"):
        SvgPlot(title="", desc="something")


def test_figures_are_not_left_behind() -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    for path in EXAMPLES:
        namespace, _ = run_example(path)
        if "draw" in namespace:
            namespace["draw"]("ko")
    assert plt.get_fignums() == before


def test_plot_survives_an_error_in_its_body() -> None:
    import matplotlib

    before = dict(matplotlib.rcParams)
    plot = SvgPlot(title="t", desc="d")
    with pytest.raises(ZeroDivisionError), plot as ax:
        ax.plot([0, 1], [0, 1])
        1 / 0  # noqa: B018
    assert plot.svg == ""
    assert dict(matplotlib.rcParams) == before, "the plot style leaked into global rcParams"


def test_two_plots_on_one_page_do_not_share_ids() -> None:
    plots = [SvgPlot(title=title, desc="d") for title in ("one", "two")]
    for plot in plots:
        with plot as ax:
            ax.plot([0, 1], [0, 1])
    first, second = (set(re.findall(r'\sid="([^"]+)"', plot.svg)) for plot in plots)
    assert first and second and not first & second
