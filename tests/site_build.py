"""Shared by the site tests: one strict build of both languages per session.

Not a test module (no ``test_`` prefix); pytest puts ``tests/`` on sys.path,
so the site tests import it by name.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DOCS_SRC = ROOT / "docs_src"
LANGUAGES = {"ko": "", "en": "en/"}  # locale -> URL prefix; Korean is the default at the root


@dataclass(frozen=True)
class Build:
    site: Path
    returncode: int
    log: str


def run_build(project: Path, site: Path) -> Build:
    """Build `project` strictly into `site`, with Python warnings as errors."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "error"}
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Build(site=site, returncode=proc.returncode, log=proc.stdout + proc.stderr)


def _tempdir() -> Path:
    path = Path(tempfile.mkdtemp(prefix="divergence-site-"))
    atexit.register(shutil.rmtree, path, True)
    return path


@functools.cache
def site_build() -> Build:
    """The strict build of the real project, made once per test session."""
    return run_build(ROOT, _tempdir() / "site")


@functools.cache
def second_site_build() -> Build:
    """A second, independent build, for the reproducibility test."""
    return run_build(ROOT, _tempdir() / "site")


def built_site() -> Path:
    build = site_build()
    if build.returncode != 0:
        raise AssertionError(f"strict build failed:\n{build.log}")
    return build.site


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def copy_project(dest: Path) -> Path:
    """Copy what a docs build reads into `dest`, to build a modified project."""
    for name in ("docs", "docs_src", "hooks", "overrides"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def new_tempdir() -> Path:
    return _tempdir()
