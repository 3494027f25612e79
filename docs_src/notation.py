import math


def tex(x: float, digits: int = 2) -> str:
    r"""A computed number written for math mode: \infty, a \times 10^{n}, or plain."""
    if math.isinf(x):
        return r"\infty" if x > 0 else r"-\infty"
    if x != 0 and not 1e-4 <= abs(x) < 1e6:
        mantissa, exponent = f"{x:.{digits - 1}e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        return (r"10^{%d}" if mantissa == "1" else mantissa + r" \times 10^{%d}") % int(exponent)
    return f"{x:g}"


if __name__ == "__main__":  # the pages include this file; run on its own, it shows what it does
    for value in (4.440892098500626e-16, 1e-300, math.inf, 0.5):
        print(f"{value!r:>22}  ->  {tex(value)}")
