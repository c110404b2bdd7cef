"""Python keywords for coded concepts, in the style pydicom uses for ``pydicom.sr`` codes.

The rule (CP-850, the keyword rule of PS3.6 data elements, as pydicom's
``util/generate_cids`` applies it to code meanings), step by step:

1. a singular/plural alternative becomes plural: ``Physician(s)`` -> ``Physicians``;
2. a possessive loses its ``'s``: ``Patient's Name`` -> ``Patient Name``,
   ``Operators' Name`` -> ``Operators Name`` (straight or curly apostrophe);
3. symbols become words: ``%`` Percent, ``>`` Greater Than, ``<`` Lesser Than,
   ``=`` Equals; ``_`` is a separator;
4. numbers: ``2.5`` -> ``2 Point 5``; a range `` 1-5 `` -> `` 1 To 5 ``; ``7day`` ->
   ``7 Day``; ``65y`` -> ``65 Years``;
5. a trailing lower-case category such as `` (body structure)`` is dropped;
6. the text is split at every non-word character and each alphanumeric word is
   capitalized (first letter upper, the rest lower: ``Hemostatic agent`` ->
   ``HemostaticAgent``), except words all in capitals or digits (``CT``, ``T2``) and
   the units ``mm cm km um ms ml mg kg``, which are kept; the words are joined;
7. a keyword starting with a digit gets a leading ``_``; ``None`` becomes ``None_``.

The result must be a Python identifier that is not a Python keyword. Letters
outside ASCII stay (``Canastrão``), as in pydicom. One rule differs from pydicom's
script on purpose, the fix of an accident of its regular expression: ``Ny`` ->
``N Years`` applies only at the end of a word (pydicom also turns ``3year`` into
``3 Yearsear``). pydicom's per-code hand fixes (``KEYWORD_FIXES``) are not taken over: where they
differ the comparison in ``part16_pydicom`` counts a disagreement.
"""

from __future__ import annotations

import keyword as python_keyword
import re
from collections.abc import Iterable

from generator.ir.codes import ContextGroupMember

KEPT_UNITS = frozenset({"mm", "cm", "km", "um", "ms", "ml", "mg", "kg"})
_SYMBOLS = (("%", " Percent "), (">", " Greater Than "), ("=", " Equals "), ("<", " Lesser Than "))
_POSSESSIVES = (("\u2019s ", " "), ("'s ", " "), ("s\u2019 ", "s "), ("s' ", "s "))
_DECIMAL = re.compile(r"(\d+)\.(\d+)")
_RANGE = re.compile(r"\s([0-9.]+)-([0-9.]+)\s")
_DAYS = re.compile(r"(\d+)day")
_YEARS = re.compile(r"(\d+)y\b")
_CATEGORY = re.compile(r"^(.+) \([a-z ]+\)$")
_WORD_SPLIT = re.compile(r"\W", re.UNICODE)


class KeywordError(ValueError):
    """A code meaning from which no Python identifier can be formed."""


def _word(word: str) -> str:
    if word == word.upper() or word in KEPT_UNITS:
        return word
    return word.capitalize()


def concept_keyword(meaning: str) -> str:
    """The keyword of a code meaning: ``"Hemostatic agent"`` -> ``"HemostaticAgent"``."""
    text = meaning.replace("(s)", "s")
    for old, new in _POSSESSIVES:
        text = text.replace(old, new)
    for old, new in _SYMBOLS:
        text = text.replace(old, new)
    text = text.replace("_", " ")
    text = _DECIMAL.sub(r"\1 Point \2", text)
    text = _RANGE.sub(r" \1 To \2 ", text)
    text = _DAYS.sub(r"\1 Day", text)
    text = _YEARS.sub(r"\1 Years", text)
    text = _CATEGORY.sub(r"\1", text)
    words = [word for word in _WORD_SPLIT.split(text.strip()) if word.isalnum()]
    result = "".join(_word(word) for word in words)
    if result[:1].isdigit():
        result = "_" + result
    if result == "None":
        result = "None_"
    if not result.isidentifier() or python_keyword.iskeyword(result):
        raise KeywordError(f"no Python keyword can be formed from the meaning {meaning!r}")
    return result


def keyword_or_report(meaning: str, where: str, report: list[str]) -> str:
    """``concept_keyword(meaning)``, or ``""`` with a line in ``report`` naming ``where``."""
    try:
        return concept_keyword(meaning)
    except KeywordError as error:
        report.append(f"{where}: {error}; keyword left empty")
        return ""


def keyword_collisions(
    members: Iterable[ContextGroupMember],
) -> dict[str, tuple[tuple[str, str], ...]]:
    """Keywords that name two different codes among ``members``: keyword -> codes.

    Two rows of one code (synonyms such as "Buttock" and "Gluteal region") may
    give two keywords; one keyword for two codes is what a constant cannot hold.
    """
    codes: dict[str, set[tuple[str, str]]] = {}
    for member in members:
        codes.setdefault(member.keyword, set()).add(member.code)
    return {
        keyword: tuple(sorted(found)) for keyword, found in sorted(codes.items()) if len(found) > 1
    }
