"""Shared test set-up: Hypothesis profiles, the example runner, the slow tier.

Tests that build the site or drive a browser are marked ``site`` (by
``pytestmark`` in their modules): ``pytest -m "not site"`` runs the library
and the examples alone, in seconds.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
# No deadline locally either: timing on a loaded 2-core machine is not what the tests check.
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent


def _load_examples_module() -> Any:
    # hooks/examples.py is the build's own runner; the tests use the same one.
    if "examples" not in sys.modules:
        spec = importlib.util.spec_from_file_location("examples", ROOT / "hooks" / "examples.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["examples"] = module
        spec.loader.exec_module(module)
    return sys.modules["examples"]


@pytest.fixture(scope="session")
def run_example() -> Callable[[str], Any]:
    """Run ``docs_src/<path>`` the way the site build runs it; returns its variables and output.

    The result has ``.namespace`` (dict), ``.output`` (str) and attribute access
    to the example's variables (``ex.h``).
    """
    return _load_examples_module().run_example


@pytest.fixture(scope="session")
def figures() -> Any:
    """``hooks/figures.py``, the site's figure renderer."""
    return _load_examples_module().load_tool("figures")
