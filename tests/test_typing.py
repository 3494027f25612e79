"""Static types: ``mypy --strict`` passes on the package, and really checks it.

Runs mypy as a subprocess with the configuration in pyproject.toml
(``[tool.mypy]``: strict, the package only). Skipped, with the reason, where
mypy is not installed (it is in the ``test`` extra).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import divergence

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.lint

needs_mypy = pytest.mark.skipif(
    importlib.util.find_spec("mypy") is None,
    reason="mypy is not installed (pip install -e '.[test]' brings it)",
)


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory):
    # One cache for both runs (outside the source tree): the second check
    # reuses what the first learnt about numpy and the package.
    return tmp_path_factory.mktemp("mypy_cache")


def _mypy(cache, *arguments):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(cache),
            *arguments,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@needs_mypy
def test_the_package_passes_mypy_strict(mypy_cache):
    result = _mypy(mypy_cache, "--strict", "divergence")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


@needs_mypy
def test_wrong_calls_are_flagged(tmp_path, mypy_cache):
    # The check is real: calls the signatures forbid are errors, and the
    # overloads give the precise result types.
    user = tmp_path / "user_code.py"
    user.write_text(
        textwrap.dedent(
            """
            import divergence as dv

            dv.binary_cross_entropy([1.0], [0.5], reduction="avg")  # not a Reduction literal
            dv.log_likelihood([1.0], "gaussian", mean=0.0, sigma=1.0)  # not a Family literal
            dv.entropy([0.5, 0.5], axis=1.5)  # not an index
            total: float = dv.entropy([[0.5, 0.5]])  # a batch is an array, not a float
            reveal_type(dv.entropy([0.5, 0.5]))
            reveal_type(dv.mean_squared_error([1.0], [0.0], reduction="none"))
            reveal_type(dv.fit_normal([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]))
            """
        )
    )
    result = _mypy(mypy_cache, "--strict", str(user))
    out = result.stdout
    assert result.returncode == 1, out
    assert "user_code.py:4: error" in out and "reduction" in out
    assert "user_code.py:5: error" in out
    assert "user_code.py:6: error" in out
    assert "user_code.py:7: error: Incompatible types in assignment" in out
    assert re.search(r'user_code.py:8: note: Revealed type is "(builtins\.)?float"', out), out
    assert 'user_code.py:9: note: Revealed type is "numpy.ndarray' in out
    assert 'user_code.py:10: note: Revealed type is "divergence._mle.MultivariateNormalFit"' in out


def test_the_version_has_one_source():
    # (tomllib is Python 3.11+; the project supports 3.10, so read the one line.)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.search(r'^version = "([^"]+)"$', pyproject, flags=re.MULTILINE).group(1)
    assert divergence.__version__ == declared
    # No second copy of the number in the package.
    assert not re.search(r"__version__ = \"\d+\.\d+", (ROOT / "divergence" / "__init__.py").read_text())
