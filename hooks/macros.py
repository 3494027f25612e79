"""mkdocs-macros module: numbers an example computed, named in a page's prose.

A page writes its sentences in Markdown and names the number it quotes::

    {% set dice = example("dice/entropy_of_dice.py") %}
    The fair die has {{ dice.h["fair"] | num(".4f") }} bits.

``example`` runs the file once per build (the same runner the tests use), so
the Korean and English pages quote one computation and a translator edits a
sentence without touching Python. Jinja's comment tag is moved to ``{## ##}``
in mkdocs.yml, because ``{#id}`` is how a heading is given its anchor.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
import sys
from pathlib import Path
from typing import Any


def _load_examples() -> Any:
    # By path: hooks/ stays off sys.path (hooks/mathjax.py would shadow `mathjax`).
    if "examples" not in sys.modules:
        spec = importlib.util.spec_from_file_location("examples", Path(__file__).with_name("examples.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["examples"] = module
        spec.loader.exec_module(module)
    return sys.modules["examples"]


examples = _load_examples()

_MINUS = "\N{MINUS SIGN}"
_SUPERSCRIPTS = str.maketrans("-0123456789", "\N{SUPERSCRIPT MINUS}⁰¹²³⁴⁵⁶⁷⁸⁹")


def num(value: Any, spec: str = "g") -> str:
    """A number for prose: Python's format `spec`, a true minus sign, ∞ for infinity."""
    if spec.endswith("d"):
        return format(int(value), spec).replace("-", _MINUS)
    x = float(value)
    if math.isinf(x):
        return ("" if x > 0 else _MINUS) + "∞"
    text = format(x, spec)
    return text.replace("-", _MINUS)


def sci(value: Any, digits: int = 2) -> str:
    """A number as a × 10ⁿ in plain text (prose), for values far from 1."""
    mantissa, exponent = _split(float(value), digits)
    power = "10" + str(exponent).translate(_SUPERSCRIPTS)
    return power if mantissa == "1" else f"{mantissa.replace('-', _MINUS)} × {power}"


def tex(value: Any, digits: int = 2) -> str:
    r"""A number for math mode: ``\infty``, ``a \times 10^{n}`` far from 1, else ``g``."""
    x = float(value)
    if math.isinf(x):
        return r"\infty" if x > 0 else r"-\infty"
    if x != 0 and not 1e-4 <= abs(x) < 1e6:
        mantissa, exponent = _split(x, digits)
        return f"10^{{{exponent}}}" if mantissa == "1" else rf"{mantissa} \times 10^{{{exponent}}}"
    return f"{x:g}"


def _split(x: float, digits: int) -> tuple[str, int]:
    mantissa, exponent = f"{x:.{digits - 1}e}".split("e")
    return mantissa.rstrip("0").rstrip(".") if "." in mantissa else mantissa, int(exponent)


def example(relative: str) -> Any:
    """Run ``docs_src/<relative>`` (once per file version) and return its variables.

    The results live in ``examples.RESULTS``: mkdocs-static-i18n builds the
    English site with a fresh copy of this module, and the two languages must
    quote one computation (and not pay for it twice).
    """
    key = (relative, (examples.DOCS_SRC / relative).stat().st_mtime_ns)
    if key not in examples.RESULTS:
        examples.RESULTS[key] = examples.run_example(relative)
    return examples.RESULTS[key]


_PAGE_TITLE = re.compile(r"^# (.+)$", re.MULTILINE)
_HEADINGS = {"ko": ("용어", "영어", "다른 이름", "정의된 곳"), "en": ("Term", "Korean", "Also called", "Defined in")}


def glossary_table(lang: str) -> str:
    """The glossary of hooks/glossary.yml as a Markdown table in `lang`, in that language's order."""
    import yaml

    entries = yaml.safe_load((Path(__file__).with_name("glossary.yml")).read_text(encoding="utf-8"))
    other = "en" if lang == "ko" else "ko"
    rows = ["| " + " | ".join(_HEADINGS[lang]) + " |", "|---|---|---|---|"]
    for entry in sorted(entries, key=lambda e: e[lang].casefold()):
        page = entry["defined"].split("#")[0]
        source = examples.ROOT / "docs" / (page if lang == "ko" else page.replace(".md", ".en.md"))
        title = _PAGE_TITLE.search(source.read_text(encoding="utf-8")).group(1).split("{")[0].strip()
        variants = ", ".join(entry.get(f"{lang}_variants", []))
        rows.append(
            f'| <span id="term-{entry["id"]}"></span>**{entry[lang]}** | {entry[other]} | {variants} '
            f"| [{title}]({entry['defined']}) |"
        )
    return "\n".join(rows)


@functools.cache
def _public_objects() -> dict[str, list[str]]:
    """``divergence.__all__`` by the private module that defines each name (``"_entropy"``: [...]), in source order."""
    import inspect

    import divergence

    modules: dict[str, list[str]] = {}
    for name in divergence.__all__:
        module = getattr(divergence, name).__module__.rpartition(".")[2]
        modules.setdefault(module, []).append(name)
    for names in modules.values():
        names.sort(key=lambda name: inspect.getsourcelines(getattr(divergence, name))[1])
    return modules


def api(module: str) -> str:
    """mkdocstrings directives for the public objects that ``divergence.<module>`` defines, in source order.

    The reference pages list their objects by the module that defines them, so
    a function added to the package appears on its page without editing one
    (tests/test_docs_build.py checks that every name in ``__all__`` is documented).
    """
    return "\n\n".join(f"::: divergence.{name}" for name in _public_objects()[module])


def api_links(module: str) -> str:
    """Links to the reference entries of the objects that ``divergence.<module>`` defines."""
    return ", ".join(f"[`{name}`][divergence.{name}]" for name in _public_objects()[module])


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per build: register what pages may use."""
    examples.prepare()
    env.macro(example)
    env.macro(glossary_table)
    env.macro(api)
    env.macro(api_links)
    env.macro(examples.load_tool("widgets").figure_widget)
    for name, function in (("num", num), ("sci", sci), ("tex", tex)):
        env.filter(function, name)
        env.macro(function, name)
