import numpy as np

from divergence import js_divergence, kl_divergence

p = np.array([0.6, 0.3, 0.1])
q = np.array([0.2, 0.5, 0.3])


def note_formula(p, q):
    # The formula as the note writes it: P in both terms, and "+ 1/2" twice.
    m = (p + q) / 2
    return 0.5 * kl_divergence(p, m) + 0.5 + 0.5 * kl_divergence(p, m) + 0.5


note_pp, jsd_pp = note_formula(p, p), js_divergence(p, p)
note_pq, note_qp = note_formula(p, q), note_formula(q, p)
jsd_pq, jsd_qp = js_divergence(p, q), js_divergence(q, p)

print(f"P = Q : note formula = {note_pp:.4f}, JSD = {jsd_pp:.4f} nats")
print(f"(P, Q): note formula = {note_pq:.4f}, JSD = {jsd_pq:.4f} nats")
print(f"(Q, P): note formula = {note_qp:.4f}, JSD = {jsd_qp:.4f} nats")
