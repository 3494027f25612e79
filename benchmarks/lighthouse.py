"""Lighthouse (mobile preset) on every page of the built site, both languages.

Run by hand, not by the tests:

    make lighthouse            # builds the site, then runs this script

or, on a site already built into DIR:

    python benchmarks/lighthouse.py DIR [--pages /entropy/ /en/entropy/ ...]

Serves DIR on 127.0.0.1 with gzip compression, as GitHub Pages serves it
(Python's http.server sends files uncompressed, which Lighthouse scores as a
much slower site than the real one), then runs the `lighthouse` CLI on each
page with Debian's Chromium and prints a Markdown table of the four scores,
LCP, CLS and TBT. Needs `lighthouse` on PATH or LIGHTHOUSE=/path/to/cli
(`npm install --prefix /tmp/lh lighthouse@13` gives
/tmp/lh/node_modules/.bin/lighthouse) and CHROME_PATH (default
/usr/bin/chromium). Reports go to DIR/../lighthouse/ as JSON.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the client accepts it; 404.html for what is missing."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to "dir/"
            path = path / "index.html"
        status = 200
        if not path.is_file():
            path, status = Path(self.directory) / "404.html", 404
        body = path.read_bytes()
        gzipped = path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = gzip.compress(body, compresslevel=6, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
        self.end_headers()
        from io import BytesIO

        return BytesIO(body)


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def all_pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if not relative.startswith("assets/"):
            pages.append("/" + relative.removesuffix("index.html"))
    return pages


def run(cli: str, url: str, out: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(
        [cli, url, "--quiet", "--output=json", f"--output-path={out}", f"--chrome-flags={CHROME_FLAGS}",
         "--only-categories=performance,accessibility,best-practices,seo"],
        check=True, env=env, timeout=300,
    )  # fmt: skip
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {k: round(100 * v["score"]) for k, v in report["categories"].items()}
    audits = report["audits"]
    failed = sorted(
        k for k, a in audits.items()
        if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "metricSavings")
        and k in {r["id"] for c in ("accessibility", "best-practices", "seo")
                  for r in report["categories"][c]["auditRefs"]}
    )  # fmt: skip
    return {
        **scores,
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "failed": failed,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--pages", nargs="*", help="URL paths (default: every page of both languages)")
    args = parser.parse_args()
    cli = os.environ.get("LIGHTHOUSE") or shutil.which("lighthouse")
    if not cli:
        print("lighthouse not found: npm install --prefix /tmp/lh lighthouse@13; LIGHTHOUSE=...", file=sys.stderr)
        return 2
    site = args.site.resolve()
    reports = site.parent / "lighthouse"
    reports.mkdir(exist_ok=True)
    server, base = serve(site)
    try:
        print("| page | perf | a11y | best practices | SEO | LCP s | CLS | TBT ms | failing audits |")
        print("| --- | --: | --: | --: | --: | --: | --: | --: | --- |")
        for page in args.pages or all_pages(site):
            name = page.strip("/").replace("/", "_") or "home"
            r = run(cli, base + page, reports / f"{name}.json")
            print(
                f"| {page} | {r['performance']} | {r['accessibility']} | {r['best-practices']} | {r['seo']} "
                f"| {r['lcp']:.1f} | {r['cls']:.3f} | {r['tbt']:.0f} | {', '.join(r['failed']) or '-'} |",
                flush=True,
            )
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
