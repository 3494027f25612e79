"""The documentation site: strict build of both languages and what it must contain."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from site_build import (
    DOCS,
    LANGUAGES,
    built_site,
    copy_project,
    html_pages,
    new_tempdir,
    run_build,
    second_site_build,
    site_build,
)

pytestmark = pytest.mark.site  # builds the site: the slow tier

API = [
    "entropy",
    "cross_entropy",
    "kl_divergence",
    "js_divergence",
    "js_distance",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "mean_squared_error",
]


def page(site: Path, lang: str, name: str) -> str:
    path = site / LANGUAGES[lang] / ("" if name == "index" else name) / "index.html"
    return path.read_text(encoding="utf-8")


def test_strict_build_passes_with_no_warning() -> None:
    build = site_build()
    assert build.returncode == 0, build.log
    noisy = [line for line in build.log.splitlines() if re.search(r"\b(WARNING|ERROR)\b|Warning:", line)]
    assert not noisy, "\n".join(noisy)
    assert "Building 'en' documentation" in build.log, "the English tree was not built"


def test_every_page_exists_in_both_languages() -> None:
    korean = {p.name for p in DOCS.rglob("*.md") if not p.name.endswith(".en.md")}
    english = {p.name.removesuffix(".en.md") + ".md" for p in DOCS.rglob("*.en.md")}
    assert korean == english
    site = built_site()
    root_pages = {
        p.relative_to(site).as_posix()
        for p in html_pages(site)
        if not p.relative_to(site).as_posix().startswith(("en/", "assets/", "404.html"))
    }
    en_pages = {p.relative_to(site / "en").as_posix() for p in html_pages(site / "en")}
    assert root_pages == en_pages
    assert {"index.html", "entropy/index.html", "reference/index.html"} <= en_pages


def test_pages_declare_their_language() -> None:
    site = built_site()
    # 404.html is left out: the plugin writes one at the root, from the last
    # language built, and none under en/.
    for path in html_pages(site):
        if path.name == "404.html":
            continue
        html = path.read_text(encoding="utf-8")
        expected = "en" if path.relative_to(site).parts[0] == "en" else "ko"
        assert f'<html lang="{expected}"' in html, path


def test_two_builds_are_byte_identical() -> None:
    first, second = built_site(), second_site_build()
    assert second.returncode == 0, second.log
    files = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.site).as_posix() for p in second.site.rglob("*") if p.is_file())
    differing = [f for f in files if (first / f).read_bytes() != (second.site / f).read_bytes()]
    assert not differing


def test_a_raising_example_fails_the_strict_build_and_names_its_block() -> None:
    project = copy_project(new_tempdir() / "project")
    entropy_md = project / "docs" / "entropy.md"
    entropy_md.write_text(
        entropy_md.read_text(encoding="utf-8")
        + '\n```python exec="1" id="deliberately-broken"\nraise ValueError("boom")\n```\n',
        encoding="utf-8",
    )
    build = run_build(project, project / "site")
    assert build.returncode != 0
    assert "deliberately-broken" in build.log
    assert "ValueError: boom" in build.log


@pytest.mark.parametrize("lang", LANGUAGES)
def test_examples_ran_and_their_results_are_on_the_page(lang: str) -> None:
    html = page(built_site(), lang, "entropy")
    assert "Execution of python code block" not in html
    assert "Traceback" not in html
    # Outputs of the examples (docs_src/entropy/*.py) appear on the page.
    assert "fair: H = 1.0000 bits" in html
    assert "largest of 100,000 random dice" in html
    assert html.count('class="dv-plot"') == 2
    # Every output is in sight: right below its code, never behind a tab.
    assert 'class="tabbed-set' not in html
    assert html.count('<div class="result">') >= 6


def test_prose_numbers_come_from_the_examples() -> None:
    site = built_site()
    assert "엔트로피는 1비트입니다" in page(site, "ko", "entropy")
    assert "{{" not in page(site, "ko", "entropy") and "{{" not in page(site, "en", "entropy")
    assert "The fair coin** has" not in page(site, "en", "entropy")  # markdown was rendered
    assert "<strong>The fair coin</strong> has 1 bit" in page(site, "en", "entropy")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plots_are_accessible_theme_aware_and_clean(lang: str) -> None:
    html = page(built_site(), lang, "entropy")
    svgs = re.findall(r"<svg[^>]*class=\"dv-plot\".*?</svg>", html, flags=re.DOTALL)
    assert len(svgs) == 2
    for svg in svgs:
        open_tag = svg[: svg.index(">")]
        assert 'role="img"' in open_tag and 'aria-label="' in open_tag
        assert re.search(r"<title>[^<]+</title><desc id=\"[^\"]+\">[^<]+</desc>", svg)
        assert "<metadata" not in svg and "Matplotlib" not in svg and "<style" not in svg
        assert "currentColor" in svg and "var(--dv-plot-1" in svg
        assert not re.search(r"#0[0-9a-f]0[0-9a-f]0[0-9a-f]|#0000a[1-5]", svg, flags=re.IGNORECASE)
        # Text stays text, in the page's language, drawn by the page's fonts.
        assert "<text" in svg and "font-family" not in svg
        assert not re.search(r'id="plot-[0-9a-f]+-(DejaVu|Nanum|STIX|cm)', svg), "glyph outlines embedded"
    labels = "".join(re.findall(r"<text[^>]*>([^<]*)</text>", "".join(svgs)))
    assert re.search("[가-힣]", labels) if lang == "ko" else not re.search("[가-힣]", labels)


def test_html_ids_are_unique_on_every_page() -> None:
    for path in html_pages(built_site()):
        ids = re.findall(r'\sid="([^"]+)"', path.read_text(encoding="utf-8"))
        duplicates = {i for i in ids if ids.count(i) > 1}
        assert not duplicates, (path, sorted(duplicates)[:5])


@pytest.mark.parametrize(("lang", "query", "title"), [("ko", "엔트로피", "엔트로피"), ("en", "entropy", "Entropy")])
def test_search_index_finds_the_entropy_page(lang: str, query: str, title: str) -> None:
    # One index per language (hooks/search_per_language.py), locations
    # relative to that language's root.
    index = json.loads(
        (built_site() / LANGUAGES[lang] / "search" / "search_index.json").read_text("utf-8")
    )
    assert set(index["config"]["lang"]) == {"ko", "en"}
    assert not any(d["location"].startswith("en/") for d in index["docs"])
    docs = [d for d in index["docs"] if d["location"].startswith("entropy/")]
    assert any(title in d["title"] for d in docs)
    assert any(query in d["text"].lower() for d in docs)
    text = json.dumps(index, ensure_ascii=False)
    # What matplotlib's SVG <metadata> would contribute: MIME type, creator.
    for leaked in ("image/svg+xml", "matplotlib.org", "Matplotlib v"):
        assert leaked not in text


def test_nothing_is_loaded_from_another_host() -> None:
    site = built_site()
    for path in [*html_pages(site), *site.rglob("*.css")]:
        text = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, path
        assert not re.search(r"@import\s+(url\()?[\"']?(https?:)?//", text), path
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src")):
            for url in re.findall(rf"<{tag}\b[^>]*\b{attr}=\"([^\"]+)\"", text):
                assert not re.match(r"(https?:)?//", url), (path, url)
    assert (site / "assets" / "mathjax" / "tex-svg.js").is_file()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_math_is_marked_up_for_the_renderer(lang: str) -> None:
    html = page(built_site(), lang, "entropy")
    assert html.count('class="arithmatex"') > 20
    assert "assets/mathjax/tex-svg.js" in html and "javascripts/mathjax.js" in html
    for macro in (r"\operatorname", r"\mathbb", r"\sum_{i=1}^{n}", r"\frac", r"\text", r"\begin{aligned}"):
        assert macro in html, macro
    assert r"\operatorname*{arg\,max}" in page(built_site(), lang, "index")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_api_reference_documents_every_function_and_prose_links_to_it(lang: str) -> None:
    site = built_site()
    reference = page(site, lang, "reference")
    for name in API:
        assert f'id="divergence.{name}"' in reference, name
    assert "divergence.plotting" not in reference
    entropy = page(site, lang, "entropy")
    assert 'href="../reference/#divergence.entropy"' in entropy
    assert 'href="../reference/#divergence.kl_divergence"' in entropy


@pytest.mark.parametrize(("lang", "other", "href"), [("ko", "en", "../en/entropy/"), ("en", "ko", "../../entropy/")])
def test_language_switcher_points_to_the_counterpart_page(lang: str, other: str, href: str) -> None:
    html = page(built_site(), lang, "entropy")
    assert re.search(rf'<a href="{re.escape(href)}" hreflang="{other}" class="md-select__link">', html)


EXERCISES = sorted(p.parent.name for p in (DOCS.parent / "docs_src").glob("*/exercises.py"))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("topic", EXERCISES)
def test_exercise_answers_stay_inside_their_collapsible_block(topic: str, lang: str) -> None:
    # Every line the answer file prints is on the page, and only after <details> opens:
    # a question block that ran the answer code unsilenced would show them above it.
    import contextlib
    import io
    import runpy

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(DOCS.parent / "docs_src" / topic / "exercises.py"))
    # Without their numbering: printed as markdown, "1. ..." would become a list item.
    lines = out.getvalue().splitlines()
    answers = [re.sub(r"^\d+(\.\d+)*\.?\s+", "", line.strip()) for line in lines if line.strip()]
    html = page(built_site(), lang, topic.replace("_", "-"))
    text = re.sub(r"<[^>]+>", "", html.replace("<details", "\0<details"))
    text = text.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
    before, _, inside = text.partition("\0")
    assert answers and inside
    for answer in answers:
        assert answer not in before, answer
        assert answer in inside, answer


def test_korean_text_uses_the_standard_unit_names() -> None:
    # 내트 (nat) and 하틀리 (hartley), in the pages and in the Korean plot labels.
    sources = [p for p in DOCS.glob("*.md") if not p.name.endswith(".en.md")]
    sources += sorted((DOCS.parent / "docs_src").rglob("*.py"))
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert "나츠" not in text and "반(" not in text, path


def test_math_shows_no_python_number_formats() -> None:
    # Infinity is \infty, not "inf" typeset as i·n·f; tiny numbers are a × 10^n, not 4.4e-16.
    for path in html_pages(built_site()):
        for math in re.findall(r'<span class="arithmatex">(.*?)</span>', path.read_text(encoding="utf-8")):
            assert not re.search(r"\binf\b|nan\b|\d(\.\d+)?e[-+]?\d", math), (path, math)


def test_the_one_404_page_speaks_both_languages() -> None:
    html = (built_site() / "404.html").read_text(encoding="utf-8")
    assert 'lang="ko"' in html and "찾는 페이지가 없습니다" in html
    assert 'lang="en"' in html and "This page does not exist" in html
