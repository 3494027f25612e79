"""The linter and the formatter pass on every Python file of the project, and the check is real."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.lint,
    pytest.mark.skipif(
        importlib.util.find_spec("ruff") is None, reason="ruff is not installed (the test extra has it)"
    ),
]

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ["divergence", "tests", "docs_src", "hooks", "benchmarks"]


def _ruff(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *arguments], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_ruff_lint_passes() -> None:
    result = _ruff("check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied() -> None:
    result = _ruff("format", "--check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_lint_error_is_caught(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.py").write_text("import os\n", encoding="utf-8")  # unused import: F401
    result = _ruff("check", "bad.py", cwd=tmp_path)
    assert result.returncode == 1 and "F401" in result.stdout


def test_examples_readers_copy_carry_no_suppression() -> None:
    offenders = [p for p in (ROOT / "docs_src").rglob("*.py") if "noqa" in p.read_text(encoding="utf-8")]
    assert not offenders
