"""MkDocs hook: serve MathJax from the installed ``django-static-mathjax``.

Pages must typeset math with no network access and the repository must not
carry a copy of MathJax, so the build takes it from the Python package that
``pip install -e ".[docs]"`` installed and adds it to the site's files.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

SITE_DIR = "assets/mathjax"


def _es5_dir() -> Path:
    # find_spec, not import: the package's __init__ belongs to Django's world.
    spec = importlib.util.find_spec("mathjax")
    if spec is None or not spec.submodule_search_locations:
        raise PluginError("MathJax not found: install the docs extra (django-static-mathjax)")
    es5 = Path(next(iter(spec.submodule_search_locations))) / "static" / "mathjax" / "es5"
    if not (es5 / "tex-svg.js").is_file():
        raise PluginError(f"MathJax's tex-svg.js is missing under {es5}")
    return es5


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    es5 = _es5_dir()
    # The SVG output embeds its glyphs, so no font files are needed; TeX
    # extensions come along because MathJax's autoload fetches one (from this
    # same folder) the first time a page uses a macro that needs it.
    sources = [es5 / "tex-svg.js", *sorted((es5 / "input" / "tex" / "extensions").glob("*.js"))]
    for source in sources:
        uri = f"{SITE_DIR}/{source.relative_to(es5).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(source)))
    return files
