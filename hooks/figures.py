"""Matplotlib figures as themed, accessible inline SVG for the site's pages.

Docs tooling, not library API: the examples in ``docs_src/`` draw with plain
matplotlib, and a page turns the figure into HTML with one hidden line::

    print(figure(fig, title="...", desc="..."))  # markdown-exec: hide

Everything site-specific happens here and in :data:`STYLE`, which
``hooks/examples.py`` activates for the whole build, so that a reader who
copies an example gets ordinary matplotlib code and ordinary colours.

- **Theme.** Under :data:`STYLE` every artist is drawn in sentinel colours,
  rewritten to ``currentColor`` and CSS variables (``docs/stylesheets/plots.css``),
  so a plot follows Material's light and dark schemes.
- **Text stays text** (``svg.fonttype: none``): the page's fonts draw it, so a
  plot costs a few kilobytes instead of embedding glyph outlines, and Hangul
  needs no font file. Matplotlib still lays text out with NanumGothic's metrics
  (from the ``koreanize-matplotlib`` wheel; the file only, the module is never
  imported), which is close to the system sans-serif fonts that draw it.
- **Phone legibility.** Figures are :data:`WIDTH_IN` inches wide and the
  smallest text is :data:`SMALLEST_PT` points, so at the 358 px a plot gets on
  a 390 px phone its smallest text is still about 10 CSS px.
- **Reproducible.** A fixed hash salt per figure and no date: two builds give
  the same bytes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import warnings
from html import escape
from io import StringIO
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure

__all__ = ["PHONE_PLOT_PX", "SMALLEST_PT", "STYLE", "WIDTH_IN", "figure", "register_font"]

# Sentinels: matplotlib needs concrete colours; the page needs CSS. Nothing on
# a plot is drawn in these near-black values except what should be rewritten.
_FOREGROUND = "#010101"
_GRID = "#020202"
_SERIES = ("#0000a1", "#0000a2", "#0000a3", "#0000a4", "#0000a5")
_CSS_COLOURS = {
    _FOREGROUND: "currentColor",
    _GRID: "var(--md-default-fg-color--lightest, #d0d0d0)",
    **{colour: f"var(--dv-plot-{i + 1})" for i, colour in enumerate(_SERIES)},
}
_SENTINEL_RE = re.compile("|".join(map(re.escape, _CSS_COLOURS)), re.IGNORECASE)

_FONT_FAMILY = "NanumGothic"
WIDTH_IN = 5.0
"""Figure width in inches (360 pt, the SVG's viewBox width)."""
SMALLEST_PT = 10.5
"""Tick labels and legend text, the smallest text on a plot, in points."""
PHONE_PLOT_PX = 358
"""The width a plot is drawn at on a 390 px wide phone (Material's 16 px margins)."""

STYLE: dict[str, Any] = {
    "font.family": [_FONT_FAMILY, "DejaVu Sans"],
    "font.size": 12,
    "axes.titlesize": 12,
    "axes.labelsize": 12,
    "xtick.labelsize": SMALLEST_PT,
    "ytick.labelsize": SMALLEST_PT,
    "legend.fontsize": SMALLEST_PT,
    "figure.figsize": (WIDTH_IN, 3.4),
    "figure.constrained_layout.use": True,
    "svg.fonttype": "none",
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.facecolor": "none",
    "savefig.edgecolor": "none",
    "text.color": _FOREGROUND,
    "axes.labelcolor": _FOREGROUND,
    "axes.edgecolor": _FOREGROUND,
    "xtick.color": _FOREGROUND,
    "ytick.color": _FOREGROUND,
    "legend.edgecolor": _FOREGROUND,
    "legend.facecolor": "none",
    "legend.framealpha": None,
    "grid.color": _GRID,
    "grid.alpha": 1.0,
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=list(_SERIES)),
    "lines.linewidth": 2.0,
    # Matplotlib otherwise writes a random-looking id salt and today's date.
    "svg.hashsalt": "divergence",
}
"""The rcParams every example is drawn under during the build."""


def register_font() -> None:
    """Make NanumGothic (shipped by ``koreanize-matplotlib``) known to matplotlib."""
    if _FONT_FAMILY in {f.name for f in font_manager.fontManager.ttflist}:
        return
    # Located, not imported: importing the package rewrites global rcParams.
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("koreanize-matplotlib is not installed: pip install -e '.[docs]'")
    folder = Path(next(iter(spec.submodule_search_locations)))
    font_manager.fontManager.addfont(str(folder / "fonts" / "NanumGothic.ttf"))


def figure(fig: Figure, *, title: str, desc: str) -> str:
    """Render `fig` as a ``<figure>`` with accessible inline SVG, and close it.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure an example drew (under :data:`STYLE`).
    title : str
        Short accessible name: the SVG's ``<title>``, ``aria-label`` and the
        visible caption.
    desc : str
        What the plot shows, for readers who cannot see it: ``<desc>``.

    Raises
    ------
    ValueError
        If `title` or `desc` is empty.
    RuntimeError
        If a label needs a glyph that no font has (matplotlib only warns and
        lays out an empty box).
    """
    if not title.strip() or not desc.strip():
        raise ValueError("title and desc must be non-empty: they are the plot's text alternative")
    salt = hashlib.sha256(f"{title}\0{desc}".encode()).hexdigest()[:12]
    buffer = StringIO()
    try:
        with warnings.catch_warnings(), matplotlib.rc_context({"svg.hashsalt": salt}):
            warnings.filterwarnings("error", message=r"Glyph .* missing from")
            try:
                fig.savefig(buffer, format="svg", metadata={"Date": None})
            except UserWarning as missing:
                raise RuntimeError(f"plot {title!r}: {missing}") from None
    finally:
        import matplotlib.pyplot as plt  # figures made with pyplot stay open until closed

        plt.close(fig)
    svg = _clean_svg(buffer.getvalue(), title, desc, salt)
    return f'<figure class="dv-figure">\n{svg}<figcaption>{escape(title)}</figcaption>\n</figure>\n'


def _clean_svg(text: str, title: str, desc: str, salt: str) -> str:
    # The XML declaration and DOCTYPE are invalid inside HTML; <metadata> would
    # be indexed by the site search; matplotlib's <style> holds a bare `*` rule
    # that would restyle the whole page (plots.css carries it, scoped).
    text = text[text.index("<svg") :]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.DOTALL)
    text = re.sub(r"<!--.*?-->\s*", "", text, flags=re.DOTALL)
    text = re.sub(r"<style[^>]*>.*?</style>\s*", "", text, flags=re.DOTALL)
    # The page's font draws the text; matplotlib names its layout fonts.
    text = re.sub(r"font-family:[^;\"]*;?\s*", "", text)
    text = _prefix_ids(text, f"plot-{salt}-")
    text = _SENTINEL_RE.sub(lambda m: _CSS_COLOURS[m.group(0).lower()], text)
    end = text.index(">")
    # Fixed pt sizes would overflow narrow screens; the viewBox keeps the ratio.
    open_tag = re.sub(r'\s(width|height)="[^"]*"', "", text[:end])
    desc_id = f"plot-{salt}-desc"
    open_tag += f' class="dv-plot" role="img" aria-label="{escape(title)}" aria-describedby="{desc_id}"'
    head = f'<title>{escape(title)}</title><desc id="{desc_id}">{escape(desc)}</desc>'
    # Indentation only; a space inside a <text> run is content and stays.
    body = re.sub(r">\s*\n\s*<", "><", text[end + 1 :].strip())
    return open_tag + ">" + head + body + "\n"


def _prefix_ids(text: str, prefix: str) -> str:
    # Inline SVGs share the page's id namespace: matplotlib's ids ("figure_1",
    # clip paths) would collide between plots and with heading anchors.
    ids = set(re.findall(r'\sid="([^"]+)"', text))

    def rename(match: re.Match[str]) -> str:
        before, name, after = match.groups()
        return f"{before}{prefix}{name}{after}" if name in ids else match.group(0)

    text = re.sub(r'(\sid=")([^"]+)(")', rename, text)
    text = re.sub(r'(href="#)([^"]+)(")', rename, text)
    return re.sub(r"(url\(#)([^)]+)(\))", rename, text)
