"""divergence: entropy, cross entropy, KL and JS divergence, done carefully.

Every function validates its input the same way and raises ``ValueError``
naming the argument and the problem (also for a wrong
type, and for masked arrays, which are refused rather than read as if
unmasked); nothing is silently clipped or renormalised. Results are in nats
unless ``base=2`` (bits) or another base is given.
"""

from importlib import metadata as _metadata

from ._entropy import cross_entropy, entropy, js_distance, js_divergence, kl_divergence
from ._estimators import entropy_knn, kl_divergence_knn
from ._gan import gan_value, optimal_discriminator
from ._gaussian import entropy_mvn, entropy_normal, kl_bernoulli, kl_mvn, kl_normal
from ._losses import binary_cross_entropy, binary_cross_entropy_with_logits, mean_squared_error
from ._mle import (
    BernoulliFit,
    CategoricalFit,
    MultivariateNormalFit,
    NormalFit,
    fit_bernoulli,
    fit_categorical,
    fit_normal,
    log_likelihood,
    negative_log_likelihood,
)

try:
    # One source for the version: pyproject.toml, read back from the installed metadata.
    __version__ = _metadata.version("divergence")
except _metadata.PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "BernoulliFit",
    "CategoricalFit",
    "MultivariateNormalFit",
    "NormalFit",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "cross_entropy",
    "entropy",
    "entropy_knn",
    "entropy_mvn",
    "entropy_normal",
    "fit_bernoulli",
    "fit_categorical",
    "fit_normal",
    "gan_value",
    "js_distance",
    "js_divergence",
    "kl_bernoulli",
    "kl_divergence",
    "kl_divergence_knn",
    "kl_mvn",
    "kl_normal",
    "log_likelihood",
    "mean_squared_error",
    "negative_log_likelihood",
    "optimal_discriminator",
]
