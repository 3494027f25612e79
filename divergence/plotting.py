"""Matplotlib figures as inline SVG for the documentation site.

The site's pages run their examples at build time and paste the figures
straight into the HTML. This module is the one place that knows how to do
that well; every plot on the site goes through :class:`SvgPlot`.

TRANSITIONAL: kept only until every page draws through hooks/figures.py; then deleted.
the NanumGothic font shipped by the ``koreanize-matplotlib`` package.
``import divergence`` itself never imports matplotlib.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import warnings
from html import escape
from io import StringIO
from pathlib import Path
from types import TracebackType
from typing import Any

import matplotlib
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure

__all__ = ["PALETTE", "SvgPlot", "korean_font_path"]

# Sentinel colours: matplotlib needs concrete colours, but the page needs the
# plot to follow Material's light/dark scheme. Everything is drawn in these
# unlikely colours and rewritten to CSS in the SVG text afterwards. Each
# replacement keeps a fallback for an SVG viewed outside the site.
_FOREGROUND = "#010101"
_GRID = "#020202"
PALETTE = ("#0000a1", "#0000a2", "#0000a3", "#0000a4")
"""Colours to draw data series in (up to four); see ``docs/stylesheets/plots.css``."""

_CSS_COLOURS = {
    _FOREGROUND: "currentColor",
    _GRID: "var(--md-default-fg-color--lightest, #d0d0d0)",
    PALETTE[0]: "var(--dv-plot-1, #1f77b4)",
    PALETTE[1]: "var(--dv-plot-2, #d95f02)",
    PALETTE[2]: "var(--dv-plot-3, #1b9e77)",
    PALETTE[3]: "var(--dv-plot-4, #7570b3)",
}
_SENTINEL_RE = re.compile("|".join(map(re.escape, _CSS_COLOURS)), re.IGNORECASE)

_FONT_FAMILY = "NanumGothic"


def korean_font_path() -> Path:
    """Return the path of NanumGothic.ttf shipped by ``koreanize-matplotlib``.

    The package is located without being imported: importing it changes
    matplotlib's global rcParams (and imports ``distutils``, which no longer
    exists on Python 3.12+). Only its font file is wanted.

    Returns
    -------
    pathlib.Path
        Path to the TrueType font.

    Raises
    ------
    ModuleNotFoundError
        If ``koreanize-matplotlib`` is not installed.
    """
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "koreanize-matplotlib is not installed; install divergence[plot]"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "fonts" / "NanumGothic.ttf"


def _register_font() -> None:
    if _FONT_FAMILY not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(korean_font_path()))


_RC: dict[str, Any] = {
    # NanumGothic covers Hangul and Latin; DejaVu Sans supplies what it lacks
    # (e.g. U+2212 MINUS SIGN used by tick labels).
    "font.family": [_FONT_FAMILY, "DejaVu Sans"],
    "font.size": 11,
    "svg.fonttype": "path",  # glyphs as paths: no font needed on the reader's side
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
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
    "lines.linewidth": 2.0,
}


class SvgPlot:
    """Draw one matplotlib figure and render it as accessible inline SVG.

    Use it as a context manager: the body draws on the axes it yields, and
    on a clean exit the figure is rendered to :attr:`svg` and released.
    The figure is a bare :class:`matplotlib.figure.Figure`, never registered
    with pyplot, so nothing accumulates across the pages of a build.

    Parameters
    ----------
    title : str
        Short accessible name: becomes ``<title>`` and ``aria-label``.
    desc : str
        Longer text description of what the plot shows: becomes ``<desc>``.
    figsize : tuple of float, optional
        Figure size in inches.

    Attributes
    ----------
    svg : str
        The rendered ``<svg>`` element, set when the ``with`` block ends.
    figure : str
        ``svg`` inside a ``<figure>`` whose ``<figcaption>`` shows the title:
        what a page prints.

    Raises
    ------
    ValueError
        If `title` or `desc` is empty.
    RuntimeError
        When the ``with`` block ends, if a character of some label has no
        glyph in the fonts: matplotlib would only warn and draw an empty box.

    Examples
    --------
    >>> plot = SvgPlot(title="A line", desc="y = x for x from 0 to 1.")
    >>> with plot as ax:
    ...     _ = ax.plot([0, 1], [0, 1])
    >>> plot.svg.startswith("<svg")
    True
    """

    def __init__(
        self, *, title: str, desc: str, figsize: tuple[float, float] = (6.4, 3.6)
    ) -> None:
        if not title.strip() or not desc.strip():
            raise ValueError("title and desc must be non-empty: they are the plot's text alternative")
        self.title = title
        self.desc = desc
        self.figsize = figsize
        self.svg = ""
        self._rc: Any = None
        self._fig: Figure | None = None

    def __enter__(self) -> Axes:
        _register_font()
        # Properties such as colours and fonts are read from rcParams when an
        # artist is created, so the style must be active for the whole body.
        self._rc = matplotlib.rc_context(_RC)
        self._rc.__enter__()
        self._fig = Figure(figsize=self.figsize, layout="constrained")
        return self._fig.add_subplot()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None and self._fig is not None:
                self.svg = _render(self._fig, self.title, self.desc)
        finally:
            if self._fig is not None:
                self._fig.clear()
            self._fig = None
            self._rc.__exit__(exc_type, exc, tb)

    @property
    def figure(self) -> str:
        """The SVG with its title as a visible caption, as ``<figure>`` markup for a page."""
        return (
            f'<figure class="dv-figure">\n{self.svg}'
            f"<figcaption>{escape(self.title)}</figcaption>\n</figure>\n"
        )

    def __str__(self) -> str:
        return self.svg


def _render(fig: Figure, title: str, desc: str) -> str:
    buffer = StringIO()
    # A fixed salt makes ids deterministic (byte-identical builds); deriving it
    # from the plot keeps two plots on one page from sharing clip-path ids.
    salt = hashlib.sha256(f"{title}\0{desc}".encode()).hexdigest()[:12]
    with warnings.catch_warnings(), matplotlib.rc_context({"svg.hashsalt": salt}):
        warnings.filterwarnings("error", message=r"Glyph .* missing from font")
        try:
            fig.savefig(buffer, format="svg", metadata={"Date": None})
        except UserWarning as missing:
            raise RuntimeError(f"plot {title!r}: {missing}") from None
    return _clean_svg(buffer.getvalue(), title, desc, salt)


def _clean_svg(text: str, title: str, desc: str, salt: str) -> str:
    # Keep only the <svg> element: the XML declaration and DOCTYPE are invalid
    # inside HTML, and <metadata> (matplotlib's RDF block) would otherwise be
    # indexed as page text by the site search.
    text = text[text.index("<svg") :]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.DOTALL)
    text = re.sub(r"<!--.*?-->\s*", "", text, flags=re.DOTALL)
    # matplotlib's <style> holds a bare `*` rule, which inline in HTML would
    # restyle the whole page; plots.css carries the same rule, scoped.
    text = re.sub(r"<style[^>]*>.*?</style>\s*", "", text, flags=re.DOTALL)
    text = _prefix_ids(text, f"plot-{salt}-")
    text = _SENTINEL_RE.sub(lambda m: _CSS_COLOURS[m.group(0).lower()], text)
    open_tag_end = text.index(">")
    open_tag = text[:open_tag_end]
    # Fixed pt sizes would overflow narrow screens; the viewBox keeps the ratio.
    open_tag = re.sub(r'\s(width|height)="[^"]*"', "", open_tag)
    desc_id = f"plot-{salt}-desc"
    open_tag += (
        f' class="dv-plot" role="img" aria-label="{escape(title)}" aria-describedby="{desc_id}"'
    )
    body = text[open_tag_end:]
    head = f"<title>{escape(title)}</title><desc id=\"{desc_id}\">{escape(desc)}</desc>"
    return open_tag + ">" + head + body[1:].rstrip() + "\n"


def _prefix_ids(text: str, prefix: str) -> str:
    # Inline SVGs share the page's id namespace: matplotlib's ids ("figure_1",
    # glyph and clip-path ids) would collide between plots and with heading
    # anchors. Prefix every id and every reference to one.
    ids = set(re.findall(r'\sid="([^"]+)"', text))
    if not ids:
        return text

    def rename(match: re.Match[str]) -> str:
        before, name, after = match.groups()
        return f"{before}{prefix}{name}{after}" if name in ids else match.group(0)

    text = re.sub(r'(\sid=")([^"]+)(")', rename, text)
    text = re.sub(r'(href="#)([^"]+)(")', rename, text)
    return re.sub(r"(url\(#)([^)]+)(\))", rename, text)
