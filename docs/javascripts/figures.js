// Interactive figures: the reader moves a distribution and the quantities follow.
//
// Each figure is rendered at build time by hooks/widgets.py, with the library's
// values for its starting position already in place (so the page reads the same
// with JavaScript off). This script enables the controls and recomputes with the
// same formulas and edge rules as the `divergence` library:
//   0 log 0 = 0; +Infinity where Q gives 0 to an outcome P can produce;
//   KL summed as non-negative terms p * phi(q/p - 1), phi(r) = r - log1p(r);
//   JS through the mixture M = (P + Q) / 2, never NaN, at most log 2.
// tests/test_browser_figures.py drives every figure and compares with the library.
(function () {
  "use strict";

  const LN2 = Math.LN2;

  function phi(r) {
    // r - log(1 + r) >= 0; -1 <= r. phi(-1) = +Infinity.
    return r === -1 ? Infinity : r - Math.log1p(r);
  }

  function entropy(p) {
    let h = 0;
    for (const pi of p) if (pi > 0) h -= pi * Math.log(pi);
    return h;
  }

  function kl(p, q) {
    let d = 0;
    for (let i = 0; i < p.length; i++) {
      if (p[i] > 0) d += p[i] * phi(q[i] / p[i] - 1);
      else d += q[i]; // mass Q puts where P has none (sums to 0 for normalised inputs)
    }
    return d;
  }

  function crossEntropy(p, q) {
    const d = kl(p, q);
    return d === Infinity ? Infinity : entropy(p) + d;
  }

  function js(p, q) {
    const m = p.map((pi, i) => 0.5 * (pi + q[i]));
    let a = 0;
    let b = 0;
    // KL(P || M) and KL(Q || M) as in kl(): the mass M puts where P (or Q) has none counts too.
    for (let i = 0; i < p.length; i++) {
      a += p[i] > 0 ? p[i] * phi(m[i] / p[i] - 1) : m[i];
      b += q[i] > 0 ? q[i] * phi(m[i] / q[i] - 1) : m[i];
    }
    return Math.min(Math.max(0.5 * (a + b), 0), LN2);
  }

  function optimalDiscriminator(p, q) {
    return p.map((pi, i) => (pi + q[i] > 0 ? pi / (pi + q[i]) : 0.5));
  }

  function ganValue(p, q) {
    // V(D*, G) = -log 4 + 2 JSD(P || Q); ranges over [-log 4, 0].
    return -2 * LN2 + 2 * js(p, q);
  }

  const QUANTITIES = {
    h_p: (p) => entropy(p),
    h_q: (p, q) => entropy(q),
    h_pq: (p, q) => crossEntropy(p, q),
    kl_pq: (p, q) => kl(p, q),
    kl_qp: (p, q) => kl(q, p),
    js: (p, q) => js(p, q),
    gan: (p, q) => ganValue(p, q),
  };
  // Quantities in nats that a unit choice rescales; the GAN value stays in nats.
  const SCALED = new Set(["h_p", "h_q", "h_pq", "kl_pq", "kl_qp", "js"]);

  function format(x, digits) {
    if (x === Infinity) return "∞";
    if (x === -Infinity) return "−∞";
    const text = (Object.is(x, -0) ? 0 : x).toFixed(digits);
    return text.startsWith("-") ? "−" + text.slice(1) : text;
  }

  function normalise(weights) {
    const total = weights.reduce((s, w) => s + w, 0);
    return total > 0 ? weights.map((w) => w / total) : null;
  }

  // Two bumps on a grid: P centred at `at`, Q at `at + shift`; integer weights,
  // plus `floor` everywhere (a floor > 0 gives both full support).
  function bump(n, centre, width, floor) {
    const w = new Array(n).fill(floor);
    for (let k = -width; k <= width; k++) {
      const i = centre + k;
      if (i >= 0 && i < n) w[i] += width + 1 - Math.abs(k);
    }
    return w;
  }

  function distributions(widget) {
    const kind = widget.dataset.kind;
    if (kind === "shift") {
      const n = Number(widget.dataset.grid);
      const width = Number(widget.dataset.width);
      const at = Number(widget.dataset.at);
      const floor = Number(widget.dataset.floor || 0);
      const input = widget.querySelector('input[data-role="shift"]');
      const shift = Number(input.value);
      const shown = widget.querySelector(`output[for="${input.id}"]`);
      if (shown) shown.textContent = String(shift);
      return { p: normalise(bump(n, at, width, floor)), q: normalise(bump(n, at + shift, width, floor)) };
    }
    const read = (name) =>
      normalise(
        Array.from(widget.querySelectorAll(`input[data-dist="${name}"]`)).map((input) => Number(input.value)),
      );
    return { p: read("p"), q: kind === "entropy" ? null : read("q") };
  }

  function unitDivisor(widget) {
    // As the library converts units: the value in nats divided by log(base).
    const chosen = widget.querySelector('input[data-role="unit"]:checked');
    const base = chosen ? chosen.value : widget.dataset.base;
    return base === "2" ? LN2 : 1;
  }

  function drawBars(widget, p, q) {
    const svg = widget.querySelector("svg.dv-bars");
    if (!svg) return;
    const W = 320;
    const H = 120;
    const n = p ? p.length : q.length;
    const series = [p, q].filter(Boolean);
    const top = Math.max(...series.flat(), 1e-12);
    const slot = W / n;
    const bar = (slot * 0.8) / series.length;
    const parts = [];
    series.forEach((dist, s) => {
      dist.forEach((v, i) => {
        const h = (v / top) * (H - 8);
        const x = i * slot + slot * 0.1 + s * bar;
        parts.push(`<rect class="dv-series-${s + 1}" x="${x.toFixed(2)}" y="${(H - h).toFixed(2)}" width="${bar.toFixed(2)}" height="${h.toFixed(2)}"/>`);
      });
    });
    if (widget.dataset.kind === "entropy") {
      const y = H - (1 / n / top) * (H - 8);
      parts.push(`<line class="dv-reference" x1="0" x2="${W}" y1="${y.toFixed(2)}" y2="${y.toFixed(2)}"/>`);
    }
    if (widget.dataset.showDiscriminator === "true" && p && q) {
      optimalDiscriminator(p, q).forEach((d, i) => {
        if (p[i] + q[i] === 0) return;
        const cx = i * slot + slot / 2;
        parts.push(`<circle class="dv-discriminator" cx="${cx.toFixed(2)}" cy="${(H - d * (H - 8)).toFixed(2)}" r="3"/>`);
      });
    }
    parts.push(`<line class="dv-axis" x1="0" x2="${W}" y1="${H}" y2="${H}"/>`);
    svg.innerHTML = parts.join("");
  }

  function update(widget) {
    const { p, q } = distributions(widget);
    const digits = Number(widget.dataset.digits || 4);
    const divisor = unitDivisor(widget);
    const invalid = !p || (widget.dataset.kind !== "entropy" && !q);
    widget.querySelectorAll("output[data-quantity]").forEach((out) => {
      const name = out.dataset.quantity;
      const value = invalid ? NaN : QUANTITIES[name](p, q) / (SCALED.has(name) ? divisor : 1);
      out.dataset.value = invalid ? "" : String(value);
      out.textContent = invalid ? "—" : format(value, digits);
    });
    widget.querySelectorAll("output[data-probability]").forEach((out) => {
      const dist = out.dataset.probability === "p" ? p : q;
      const i = Number(out.dataset.index);
      out.textContent = dist ? format(dist[i], 3) : "—";
    });
    widget.querySelectorAll("[data-unit-label]").forEach((el) => {
      el.textContent = divisor === 1 ? el.dataset.nats : el.dataset.bits;
    });
    const bound = widget.querySelector("output[data-bound]");
    if (bound) bound.textContent = format(LN2 / divisor, digits);
    const warning = widget.querySelector(".dv-invalid");
    if (warning) warning.hidden = !invalid;
    if (!invalid) drawBars(widget, p, q);
  }

  // The build drew each figure at its controls' starting values. A browser
  // may restore other values (back navigation keeps form state); only then
  // is there anything to redraw. Redrawing every figure at load would cost
  // a phone a full style and layout pass for nothing.
  function restored(widget) {
    return Array.from(widget.querySelectorAll("input")).some((input) =>
      input.type === "radio" ? input.checked !== input.defaultChecked : input.value !== input.defaultValue,
    );
  }

  function enable(widget) {
    if (widget.dataset.ready) return;
    widget.dataset.ready = "true";
    widget.querySelectorAll("fieldset[disabled]").forEach((f) => (f.disabled = false));
    widget.addEventListener("input", () => update(widget));
    if (restored(widget)) update(widget);
  }

  function start() {
    document.querySelectorAll(".dv-widget").forEach(enable);
  }

  // Exposed for the browser test, which compares these with the Python library.
  window.divergenceFigures = { entropy, kl, crossEntropy, js, ganValue, optimalDiscriminator, update };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
