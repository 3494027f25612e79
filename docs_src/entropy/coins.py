# Three coins, each a distribution over (heads, tails); shared by this folder's examples.
coins = {
    "fair": [0.5, 0.5],
    "double-headed": [1.0, 0.0],
    "biased": [0.9, 0.1],
}
