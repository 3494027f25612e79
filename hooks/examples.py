"""The one way to run a ``docs_src`` example: at build time and in the tests.

An example is a plain Python file a reader can copy and run. It may import a
sibling file of its folder (shared data is defined once), exactly as
``python docs_src/<topic>/<example>.py`` would let it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import runpy
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS_SRC = ROOT / "docs_src"
HOOKS = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Example:
    """What running an example left behind."""

    path: Path
    namespace: dict[str, Any]
    output: str

    def __getattr__(self, name: str) -> Any:
        # Pages write `{{ ex.h_fair }}`: a variable of the example by name.
        try:
            return self.namespace[name]
        except KeyError:
            raise AttributeError(f"{self.path.relative_to(DOCS_SRC)} defines no variable {name!r}") from None


RESULTS: dict[tuple[str, int], Example] = {}
"""Examples already run in this process, by path and modification time (hooks/macros.py: example)."""


def load_tool(name: str) -> Any:
    """Import ``hooks/<name>.py`` as the module `name`.

    ``hooks/`` itself never goes on ``sys.path``: ``hooks/mathjax.py`` would
    then shadow the ``mathjax`` package that it copies MathJax from.
    """
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HOOKS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def prepare() -> None:
    """Set up the process that builds the site (idempotent).

    - the folders of ``docs_src`` go on ``sys.path``, so that a page's blocks
      can import an example's sibling, and a page's hidden line can
      ``import figures``;
    - matplotlib draws off-screen, in the site's style (:data:`figures.STYLE`).
    """
    for folder in sorted(p for p in DOCS_SRC.iterdir() if p.is_dir()):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    import matplotlib

    matplotlib.use("Agg")
    figures = load_tool("figures")
    figures.register_font()
    matplotlib.rcParams.update(figures.STYLE)


def run_example(relative: str | Path) -> Example:
    """Run ``docs_src/<relative>`` as a script would run, warnings as errors.

    Its folder is first on ``sys.path`` while it runs (sibling imports), its
    output is captured, and the figures it opened are closed afterwards.
    """
    path = DOCS_SRC / relative
    if not path.is_file():
        raise FileNotFoundError(f"no example {relative!r} under {DOCS_SRC}")
    out = io.StringIO()
    sys.path.insert(0, str(path.parent))
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(out):
            warnings.simplefilter("error")
            # Not "__main__": an example's `if __name__ == "__main__": plt.show()`
            # is for a reader's terminal, not for the build or the tests.
            namespace = runpy.run_path(str(path), run_name="docs_example")
    finally:
        sys.path.remove(str(path.parent))
        if "matplotlib.pyplot" in sys.modules:
            sys.modules["matplotlib.pyplot"].close("all")
    return Example(path=path, namespace=namespace, output=out.getvalue())
