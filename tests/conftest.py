"""Shared test set-up: Hypothesis profiles, the example runner, the browser, the slow tier.

Tests that build the site or drive a browser are marked ``site`` (by
``pytestmark`` in their modules): ``pytest -m "not site"`` runs the library
and the examples alone, in seconds.

The browser fixtures drive Debian's Chromium (/usr/bin/chromium) through
Playwright's Python package; Playwright's own browser download is never used.
Without Chromium the browser tests are skipped, unless DIVERGENCE_REQUIRE_BROWSER
is set (as .ci/run does), where they fail instead.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
from hypothesis import settings

from site_build import built_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Request, Route

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
    to the example's variables (``ex.h``). Each example runs once per session,
    as it runs once per build: the tests that read it share one result and
    must not change it (:func:`run_example_afresh` gives a private one).
    """
    return functools.cache(_load_examples_module().run_example)


@pytest.fixture(scope="session")
def run_example_afresh() -> Callable[[str], Any]:
    """:func:`run_example` for a test that changes what the example left behind (its figure)."""
    return _load_examples_module().run_example


@pytest.fixture(scope="session")
def figures() -> Any:
    """``hooks/figures.py``, the site's figure renderer."""
    return _load_examples_module().load_tool("figures")


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _unavailable(reason: str) -> None:
    if os.environ.get("DIVERGENCE_REQUIRE_BROWSER"):
        pytest.fail(f"{reason} (DIVERGENCE_REQUIRE_BROWSER is set)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).is_file():
        _unavailable("Chromium not found at /usr/bin/chromium: install Debian's `chromium` package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed: pip install -e '.[test]'")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class Visit:
    """One browser context and page that records errors and off-host requests."""

    def __init__(self, browser: Browser, scheme: str, width: int = 1280, javascript: bool = True) -> None:
        height = 844 if width < 600 else 900
        self.context = browser.new_context(
            color_scheme=scheme, viewport={"width": width, "height": height}, java_script_enabled=javascript
        )
        self.errors: list[str] = []
        self.off_host: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", self._failed)

    def _failed(self, request: Request) -> None:
        # A request cancelled because the test moved on to the next page
        # (the search worker still loading its index) is not a failure of
        # the site; a missing file still is, as a console error (HTTP 404),
        # and so is every other network failure.
        if request.failure != "net::ERR_ABORTED":
            self.errors.append(f"request failed: {request.url} ({request.failure})")

    def _route(self, route: Route) -> None:
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.off_host.append(url)
            route.abort()

    def open(self, url: str) -> Page:
        # Math is typeset when the site is built (hooks/typeset_math.py):
        # nothing to wait for but the page's requests, among them the search
        # worker's; moving on to another page before they finish would abort
        # them, and an aborted request counts as an error here.
        self.page.goto(url, wait_until="networkidle")
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Callable[..., Visit]]:
    visits: list[Visit] = []

    def make(scheme: str = "light", width: int = 1280, javascript: bool = True) -> Visit:
        visits.append(Visit(browser, scheme, width, javascript))
        return visits[-1]

    yield make
    for v in visits:
        assert not v.errors, v.errors
        assert not v.off_host, f"requests left localhost: {v.off_host}"
        v.close()
