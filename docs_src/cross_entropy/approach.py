# --8<-- [start:figure]
import matplotlib.pyplot as plt
import numpy as np

from divergence import cross_entropy, entropy, kl_divergence

# The data: the loaded die P. The model starts as a die loaded towards 1 and
# moves in a straight line towards P: Q_t = (1 - t) Q_0 + t P.
p = np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5])
q0 = np.array([0.5, 0.1, 0.1, 0.1, 0.1, 0.1])
t = np.linspace(0.0, 1.0, 101)
q_t = (1 - t)[:, None] * q0 + t[:, None] * p  # one model per row

ce = cross_entropy(p, q_t)  # the batch of models broadcasts against the one P
kl = kl_divergence(p, q_t)
h_p = entropy(p)

fig, ax = plt.subplots()
ax.plot(t, ce)
ax.plot(t, np.full_like(t, h_p), "--")
ax.fill_between(t, h_p, ce, alpha=0.2, linewidth=0)  # the gap: KL(P || Q_t)
ax.set(xlabel="$t$", xlim=(0, 1), ylim=(0, ce.max() * 1.1))
# --8<-- [end:figure]

# The identity H(P, Q_t) = H(P) + KL(P || Q_t), checked at every t.
identity_error = np.abs(ce - kl - h_p).max()

if __name__ == "__main__":
    plt.show()
