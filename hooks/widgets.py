"""Interactive figures, rendered at build time with the library's values.

A page calls ``{{ figure_widget(...) }}`` (mkdocs-macros) with its own words
(legends, caption, description); this module writes the HTML: native range
inputs with labels, the quantities computed by `divergence` for the starting
position, and the bars drawn for it. ``docs/javascripts/figures.js`` enables
the controls and recomputes in the browser with the same formulas; with
JavaScript off the figure still shows its starting position, correctly.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from html import escape

from divergence import (
    cross_entropy,
    entropy,
    gan_value,
    js_divergence,
    kl_divergence,
    optimal_discriminator,
)

UNITS = {"ko": {"e": "내트", "2": "비트"}, "en": {"e": "nats", "2": "bits"}}
LABELS = {
    "h_p": "H(P)",
    "h_q": "H(Q)",
    "h_pq": "H(P, Q)",
    "kl_pq": "D<sub>KL</sub>(P ‖ Q)",
    "kl_qp": "D<sub>KL</sub>(Q ‖ P)",
    "js": "D<sub>JS</sub>(P ‖ Q)",
    "gan": "V(D*, G)",
}
SCALED = {"h_p", "h_q", "h_pq", "kl_pq", "kl_qp", "js"}
_W, _H = 320, 120


def quantity(name: str, p: list[float], q: list[float] | None, base: str) -> float:
    """One displayed quantity, computed by the library (base "e" or "2")."""
    b = 2 if base == "2" and name in SCALED else None
    if name == "h_p":
        return entropy(p, base=b)
    if name == "h_q":
        return entropy(q, base=b)
    if name == "h_pq":
        return cross_entropy(p, q, base=b)
    if name == "kl_pq":
        return kl_divergence(p, q, base=b)
    if name == "kl_qp":
        return kl_divergence(q, p, base=b)
    if name == "js":
        return js_divergence(p, q, base=b)
    if name == "gan":
        return gan_value(p, q, optimal_discriminator(p, q))
    raise ValueError(f"unknown quantity {name!r}")


def fmt(x: float, digits: int) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    text = f"{x + 0.0:.{digits}f}"
    return "−" + text[1:] if text.startswith("-") else text


def normalise(weights: Sequence[int]) -> list[float]:
    total = sum(weights)
    return [w / total for w in weights]


def bump(n: int, centre: int, width: int, floor: int = 0) -> list[int]:
    """Integer weights: a triangle of half-width `width` at `centre`, plus `floor` everywhere."""
    w = [floor] * n
    for k in range(-width, width + 1):
        if 0 <= centre + k < n:
            w[centre + k] += width + 1 - abs(k)
    return w


def _bars(kind: str, p: list[float], q: list[float] | None, discriminator: bool) -> str:
    series = [s for s in (p, q) if s is not None]
    n = len(series[0])
    top = max(max(max(s) for s in series), 1e-12)
    slot = _W / n
    bar = slot * 0.8 / len(series)
    parts = []
    for s, dist in enumerate(series):
        for i, v in enumerate(dist):
            h = v / top * (_H - 8)
            x = i * slot + slot * 0.1 + s * bar
            parts.append(
                f'<rect class="dv-series-{s + 1}" x="{x:.2f}" y="{_H - h:.2f}" width="{bar:.2f}" height="{h:.2f}"/>'
            )
    if kind == "entropy":
        y = _H - (1 / n / top) * (_H - 8)
        parts.append(f'<line class="dv-reference" x1="0" x2="{_W}" y1="{y:.2f}" y2="{y:.2f}"/>')
    if discriminator and q is not None:
        for i, d in enumerate(optimal_discriminator(p, q)):
            if p[i] + q[i] > 0:
                parts.append(
                    f'<circle class="dv-discriminator" cx="{i * slot + slot / 2:.2f}" '
                    f'cy="{_H - d * (_H - 8):.2f}" r="3"/>'
                )
    parts.append(f'<line class="dv-axis" x1="0" x2="{_W}" y1="{_H}" y2="{_H}"/>')
    return "".join(parts)


def figure_widget(
    kind: str,
    *,
    lang: str,
    caption: str,
    desc: str,
    quantities: Sequence[str],
    p: Sequence[int] = (),
    q: Sequence[int] = (),
    labels: Sequence[str] = (),
    legend_p: str = "P",
    legend_q: str = "Q",
    base: str = "e",
    unit_choice: str = "",
    invalid: str = "",
    weight_max: int = 10,
    grid: int = 41,
    width: int = 3,
    at: int = 10,
    shift: int = 6,
    max_shift: int = 20,
    shift_label: str = "",
    floor: int = 0,
    discriminator: bool = False,
    series_names: Sequence[str] = ("P", "Q"),
) -> str:
    """The HTML of one interactive figure (kinds: "entropy", "pair", "shift")."""
    ident = "fig-" + hashlib.sha256(repr((kind, caption, tuple(p), tuple(q), shift)).encode()).hexdigest()[:10]
    if kind == "shift":
        pw, qw = normalise(bump(grid, at, width, floor)), normalise(bump(grid, at + shift, width, floor))
    else:
        pw = normalise(p)
        qw = normalise(q) if kind != "entropy" else None
    units = UNITS[lang]
    data = f'data-kind="{kind}" data-base="{base}" data-digits="4"'
    if kind == "shift":
        data += f' data-grid="{grid}" data-width="{width}" data-at="{at}" data-floor="{floor}"'
    if discriminator:
        data += ' data-show-discriminator="true"'
    out = [f'<figure class="dv-widget" id="{ident}" {data}>']
    out.append(
        f'<svg class="dv-bars" viewBox="0 -4 {_W} {_H + 6}" role="img" aria-labelledby="{ident}-cap" '
        f'aria-describedby="{ident}-desc"><desc id="{ident}-desc">{escape(desc)}</desc>'
        f"{_bars(kind, pw, qw, discriminator)}</svg>"
    )
    keys = "".join(
        f'<span class="dv-key"><span class="dv-swatch dv-series-{i + 1}"></span>{escape(name)}</span>'
        for i, name in enumerate(series_names[: 1 if kind == "entropy" else 2])
    )
    if discriminator:
        keys += '<span class="dv-key"><span class="dv-swatch dv-discriminator"></span>D*</span>'
    out.append(f'<p class="dv-keys">{keys}</p>')

    def sliders(name: str, weights: Sequence[int], legend: str, dist: list[float]) -> str:
        rows = []
        for i, w in enumerate(weights):
            sid = f"{ident}-{name}-{i}"
            rows.append(
                f'<div class="dv-slider"><label for="{sid}">{escape(labels[i])}</label>'
                f'<input type="range" id="{sid}" min="0" max="{weight_max}" step="1" value="{w}" '
                f'data-dist="{name}" data-index="{i}">'
                f'<output for="{sid}" data-probability="{name}" data-index="{i}">{fmt(dist[i], 3)}</output></div>'
            )
        return f'<fieldset class="dv-controls" disabled><legend>{escape(legend)}</legend>{"".join(rows)}</fieldset>'

    if kind == "shift":
        sid = f"{ident}-shift"
        out.append(
            f'<fieldset class="dv-controls" disabled><legend>{escape(shift_label)}</legend>'
            f'<div class="dv-slider dv-wide"><label for="{sid}">Δ</label>'
            f'<input type="range" id="{sid}" min="0" max="{max_shift}" step="1" value="{shift}" data-role="shift">'
            f'<output for="{sid}">{shift}</output></div></fieldset>'
        )
    else:
        out.append(sliders("p", p, legend_p, pw))
        if qw is not None:
            out.append(sliders("q", q, legend_q, qw))
    if unit_choice:
        radios = "".join(
            f'<label><input type="radio" name="{ident}-unit" value="{b}" data-role="unit"'
            f"{' checked' if b == base else ''}> "
            f"{units[b]}</label>"
            for b in ("e", "2")
        )
        out.append(f'<fieldset class="dv-units" disabled><legend>{escape(unit_choice)}</legend>{radios}</fieldset>')
    rows = []
    for name in quantities:
        value = quantity(name, pw, qw, base)
        unit = units[base] if name in SCALED else units["e"]
        unit_html = (
            f'<span data-unit-label data-nats="{units["e"]}" data-bits="{units["2"]}">{unit}</span>'
            if name in SCALED and unit_choice
            else unit
        )
        rows.append(
            f'<div><dt>{LABELS[name]}</dt><dd><output data-quantity="{name}" data-value="{value!r}">'
            f"{fmt(value, 4)}</output> {unit_html}</dd></div>"
        )
    if "js" in quantities:
        bound = math.log(2) / (math.log(2) if base == "2" else 1)
        rows.append(
            f"<div><dt>log 2</dt><dd><output data-bound>{fmt(bound, 4)}</output> "
            f'<span data-unit-label data-nats="{units["e"]}" data-bits="{units["2"]}">{units[base]}</span></dd></div>'
        )
    out.append(f'<dl class="dv-readout" aria-live="polite">{"".join(rows)}</dl>')
    if invalid:
        out.append(f'<p class="dv-invalid" hidden>{escape(invalid)}</p>')
    out.append(f'<figcaption id="{ident}-cap">{escape(caption)}</figcaption></figure>')
    return "".join(out)
