"""Every docs_src example is code a reader can copy: it runs alone, speaks no language but Python,
draws with plain matplotlib, and is shown on a Korean and an English page."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import matplotlib
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DOCS_SRC = ROOT / "docs_src"
EXAMPLES = sorted(DOCS_SRC.rglob("*.py"))
IDS = [p.relative_to(DOCS_SRC).as_posix() for p in EXAMPLES]
SVG = "{http://www.w3.org/2000/svg}"
PLOT_BYTES_BUDGET = 40_000
"""Per plot, as inline SVG: text stays text, so a plot is lines, bars and a few labels."""


def _sibling_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    return {name for name in names if (path.parent / f"{name}.py").is_file()}


IMPORTED = {path.parent / f"{name}.py" for path in EXAMPLES for name in _sibling_imports(path)}


def _includes(page: Path) -> set[str]:
    text = page.read_text(encoding="utf-8")
    return {m.split(":")[0] for m in re.findall(r'^--8<-- "([^"]+)"$', text, flags=re.MULTILINE)}


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 20


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_runs_and_shows_something(path: Path, run_example) -> None:
    ex = run_example(path.relative_to(DOCS_SRC))
    figure = ex.namespace.get("fig")
    if path in IMPORTED:
        assert not ex.output, "a data file shared by other examples must not print (its importers would print it too)"
        return
    assert ex.output.strip() or isinstance(figure, matplotlib.figure.Figure), "an example must print or draw"


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_is_plain_python_without_natural_language(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"[\uac00-\ud7a3\u3131-\u318e]", text), "Hangul in an example: labels belong to the page"
    assert not re.search(r"""["'](ko|en)["']\s*:""", text), "a language dictionary in an example"
    assert "divergence.plotting" not in text and "import figures" not in text, "site tooling in an example"
    assert "noqa" not in text, "a linter suppression in code readers copy"


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_is_shown_in_both_languages(path: Path) -> None:
    snippet = path.relative_to(DOCS_SRC).as_posix()
    pages = [p for p in DOCS.rglob("*.md") if snippet in _includes(p)]
    korean = sorted(p.name for p in pages if not p.name.endswith(".en.md"))
    english = sorted(p.name.replace(".en.md", ".md") for p in pages if p.name.endswith(".en.md"))
    assert korean and korean == english, f"{snippet}: Korean pages {korean}, English pages {english}"


def test_shared_files_have_unique_names() -> None:
    # The build puts every docs_src folder on sys.path, so an imported name must mean one file.
    stems = Counter(p.stem for p in EXAMPLES)
    clashes = {p.relative_to(DOCS_SRC).as_posix() for p in IMPORTED if stems[p.stem] > 1}
    assert not clashes


def _plot_examples() -> list[Path]:
    return [p for p in EXAMPLES if re.search(r"^fig, ax", p.read_text(encoding="utf-8"), flags=re.MULTILINE)]


@pytest.mark.parametrize("path", _plot_examples(), ids=lambda p: p.relative_to(DOCS_SRC).as_posix())
def test_plot_renders_to_small_accessible_svg(path: Path, run_example_afresh, figures) -> None:
    # That a plot renders to the same bytes every time is checked on the whole
    # site (tests/test_docs_build.py builds it twice), not once more here.
    figures.register_font()
    with matplotlib.rc_context(figures.STYLE):
        ex = run_example_afresh(path.relative_to(DOCS_SRC))
        ex.fig.axes[0].set_xlabel("엔트로피 (비트)")  # Korean text must survive as text
        html = figures.figure(ex.fig, title="제목", desc="설명")
    root = ET.fromstring(html)
    assert root.tag == "figure" and root.find("figcaption").text == "제목"
    svg = root.find(f"{SVG}svg")
    assert svg.get("role") == "img" and svg.get("aria-label") == "제목"
    assert svg.find(f"{SVG}title").text == "제목" and svg.find(f"{SVG}desc").text == "설명"
    assert "엔트로피 (비트)" in html and "<metadata" not in html and "<style" not in html
    assert "currentColor" in html and "var(--dv-plot-1)" in html
    assert not re.search(r"#0[0-9a-f]0[0-9a-f]0[0-9a-f]|#0000a[1-5]", html, flags=re.IGNORECASE)
    assert len(html.encode()) <= PLOT_BYTES_BUDGET


def test_smallest_plot_text_is_legible_on_a_phone(figures) -> None:
    # A plot is drawn 358 px wide on a 390 px phone; its viewBox is WIDTH_IN * 72 pt wide.
    scale = figures.PHONE_PLOT_PX / (figures.WIDTH_IN * 72)
    assert figures.SMALLEST_PT * scale >= 10
    sizes = [figures.STYLE[k] for k in figures.STYLE if k.endswith(("size", "labelsize")) and k != "figure.figsize"]
    assert min(sizes) == figures.SMALLEST_PT


@pytest.mark.site
@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_runs_as_a_script_in_a_clean_directory(path: Path, tmp_path: Path) -> None:
    # As a reader runs it: `python file.py`, from another directory, plain matplotlib defaults.
    env = {**os.environ, "MPLBACKEND": "Agg", "MPLCONFIGDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-W", "error", str(path)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
