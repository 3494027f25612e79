"""The documentation site: strict build of both languages and what it must contain."""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest

import divergence
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

# The public API as the package declares it, not a list kept by hand.
API = sorted(divergence.__all__)


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
        if not p.relative_to(site).as_posix().startswith(("en/", "assets/"))
    }
    en_pages = {p.relative_to(site / "en").as_posix() for p in html_pages(site / "en")}
    assert "404.html" in root_pages and "404.html" in en_pages
    assert root_pages == en_pages
    assert {"index.html", "entropy/index.html", "reference/index.html"} <= en_pages


def test_pages_declare_their_language() -> None:
    site = built_site()
    # The 404 pages too: the Korean one at the root, the English one under en/.
    for path in html_pages(site):
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
    index = json.loads((built_site() / LANGUAGES[lang] / "search" / "search_index.json").read_text("utf-8"))
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


def _prose(html: str) -> str:
    """The text a reader sees outside code blocks, with tags removed."""
    html = re.sub(r"<(pre|code|script|style|svg|mjx-assistive-mml)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_math_is_typeset_when_the_site_is_built(lang: str) -> None:
    # hooks/typeset_math.py: every formula ships as SVG plus hidden MathML,
    # no page loads a math script, and no TeX is left for a reader to see.
    site = built_site()
    for name in ("index", "entropy", "losses", "cross-entropy", "kl-divergence", "reference/closed-forms"):
        html = page(site, lang, name)
        formulas = re.findall(r'<(span|div) class="arithmatex[^"]*">(.*?)</\1>', html, flags=re.DOTALL)
        assert len(formulas) >= 5, name
        for _, body in formulas:
            assert body.startswith('<mjx-container class="MathJax" jax="SVG"'), (name, body[:80])
            assert "<svg" in body and "<mjx-assistive-mml" in body and "<math" in body
        # Glyph shapes drawn once per page, referenced by every formula.
        assert html.count('class="dv-math-glyphs"') == 1
        assert 'id="dv-mathjax-svg"' in html
        article = html[html.index("<article") : html.index("</article>")]
        prose = _prose(article)
        for raw in ("\\(", "\\)", "\\[", "\\]", "$$", "\\frac", "\\sum", "\\operatorname", ".. math::", ":math:"):
            assert raw not in prose, (name, raw)
        assert not re.search(r"<script[^>]*mathjax|tex-svg|tex-chtml|MathJax\s*=", html, flags=re.IGNORECASE)
        assert "tabindex" not in "".join(body for _, body in formulas), name
    assert not (site / "assets" / "mathjax").exists()


def test_pages_without_math_carry_none_of_it() -> None:
    site = built_site()
    for path in (site / "404.html", site / "en" / "404.html"):
        html = path.read_text(encoding="utf-8")
        assert "mjx-" not in html and "dv-mathjax-svg" not in html, path


def test_only_pages_with_a_figure_load_the_figure_script() -> None:
    # overrides/main.html adds javascripts/figures.js where hooks/widgets.py put a figure.
    with_figure = 0
    for path in html_pages(built_site()):
        html = path.read_text(encoding="utf-8")
        has_figure = 'class="dv-widget' in html
        assert ("javascripts/figures.js" in html) == has_figure, path
        with_figure += has_figure
    assert with_figure >= 10  # five pages in two languages


@pytest.mark.parametrize("lang", LANGUAGES)
def test_table_of_contents_and_search_index_show_no_tex(lang: str) -> None:
    site = built_site()
    html = page(site, lang, "pitfalls")
    nav = " ".join(re.findall(r'<nav class="md-nav md-nav--secondary".*?</nav>\s*</div>', html, flags=re.DOTALL))
    assert "md-nav__link" in nav
    assert "\\(" not in nav and "\\)" not in nav
    # The heading "\(0 \log 0\)의 약속" reads with rendered math there.
    assert re.search(r"<math[^>]*><mn>0</mn><mi>log</mi>.*?<mn>0</mn></math>", nav), nav[:300]
    index = json.loads((site / LANGUAGES[lang] / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            # TeX shown on purpose, as code, stays.
            text = re.sub(r"<code>.*?</code>", "", doc[field], flags=re.DOTALL)
            for raw in ("\\(", "\\[", "$$", "\\frac", "\\sum", "\\mathrm"):
                assert raw not in text, (doc["location"], field, raw)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_api_reference_documents_every_function_and_prose_links_to_it(lang: str) -> None:
    site = built_site()
    # The reference is split by concept (hooks/macros.py: api); its index page
    # links every public name to its entry, and each entry exists once.
    index = page(site, lang, "reference")
    pages = sorted((site / LANGUAGES[lang] / "reference").glob("*/index.html"))
    assert len(pages) >= 5
    entries = {path: path.read_text(encoding="utf-8") for path in pages}
    assert len(API) > 20
    for name in API:
        homes = [path for path, html in entries.items() if f'id="divergence.{name}"' in html]
        assert len(homes) == 1, (name, homes)
        assert f'href="{homes[0].parent.name}/#divergence.{name}"' in index, name
    reference = "".join(entries.values())
    assert "divergence.plotting" not in reference
    # Docstring math (.. math::, :math:) is typeset like the pages' own
    # (hooks/griffe_math.py), "\|" included; parameters are a list, not a
    # table that a phone cuts off.
    assert ".. math::" not in reference and ":math:" not in reference
    assert all("<mjx-container" in html for html in entries.values())
    assert "<mo>∥</mo>" in reference or '<mo data-mjx-texclass="ORD">∥</mo>' in reference
    assert 'class="doc-section-item' in reference or "doc-section-title" in reference
    entropy = page(site, lang, "entropy")
    assert 'href="../reference/divergences/#divergence.entropy"' in entropy
    assert 'href="../reference/divergences/#divergence.kl_divergence"' in entropy


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
    # Read in each formula's MathML, which keeps the typeset tokens.
    inf = r"<mi>i</mi><mi>n</mi><mi>f</mi>|<mi>n</mi><mi>a</mi><mi>n</mi>"
    e_notation = r"<mn>[\d.]+</mn><mi>e</mi>(<mo>[-+−]</mo>)?<mn>"
    for path in html_pages(built_site()):
        for math in re.findall(r"<math\b.*?</math>", path.read_text(encoding="utf-8"), flags=re.DOTALL):
            assert not re.search(f"{inf}|{e_notation}", math), (path, math)


def test_each_language_has_its_own_404_page() -> None:
    site = built_site()
    korean = (site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="ko"' in korean and "찾는 페이지가 없습니다" in korean
    assert "내비게이션" in korean and "Navigation" not in korean
    # GitHub Pages serves only the root 404 page: it sends en/ addresses on.
    assert "en/404.html" in korean
    english = (site / "en" / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and "This page does not exist" in english
    assert "Navigation" in english and "내비게이션" not in english


@pytest.mark.parametrize(
    ("lang", "description", "permalink"),
    [
        ("ko", "머신러닝을 위한 정보 이론", "이 제목의 링크"),
        ("en", "Information theory for machine learning", "Permanent link"),
    ],
)
def test_page_chrome_speaks_the_page_language(lang: str, description: str, permalink: str) -> None:
    for path in html_pages(built_site() / LANGUAGES[lang]):
        if lang == "ko" and path.is_relative_to(built_site() / "en"):
            continue
        html = path.read_text(encoding="utf-8")
        meta = re.search(r'<meta name="description" content="([^"]*)"', html)
        assert meta and meta[1].startswith(description), path
        titles = set(re.findall(r'class="headerlink" href="[^"]*" title="([^"]*)"', html))
        assert titles <= {permalink}, (path, titles)
        # The search dialog has a name (hooks/localize.py), in the page's language.
        label = {"ko": "검색", "en": "Search"}[lang]
        assert f'role="dialog" aria-label="{label}"' in html, path
    korean = page(built_site(), "ko", "entropy")
    # Material's Korean strings, corrected by overrides/partials/language.html.
    assert "언어 설정" in korean and "내비게이션" in korean
    assert "언어설정" not in korean and "네비게이션" not in korean


@pytest.mark.parametrize(
    ("lang", "first", "others"), [("ko", "엔트로피", ["교차 엔트로피"]), ("en", "Entropy", ["Cross entropy"])]
)
def test_search_index_boosts_the_page_about_a_term(lang: str, first: str, others: list[str]) -> None:
    # hooks/search_per_language.py: a page's own entry is boosted, the more
    # the shorter its title (the browser test checks the resulting order).
    index = json.loads((built_site() / LANGUAGES[lang] / "search" / "search_index.json").read_text("utf-8"))
    boost = {d["title"].split(" (")[0]: d.get("boost", 1) for d in index["docs"] if "#" not in d["location"]}
    for other in others:
        assert boost[first] > boost[other] > 1
    # Sections are not boosted, but the API reference's pages lower themselves
    # and their sections (front matter search.boost), below the teaching pages.
    reference = [d for d in index["docs"] if re.match(r"reference/[^/#]+/", d["location"])]  # not the index
    assert reference and all(d["boost"] < 1 for d in reference)
    assert all("boost" not in d for d in index["docs"] if "#" in d["location"] and d not in reference)
