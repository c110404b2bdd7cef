"""The DICOM data dictionary (PS3.6 Tables 6-1, 7-1 and 8-1): tag <-> keyword <-> VR, VM, name.

A tag is accepted as an ``int`` (``0x00100010``), a ``(group, element)`` pair, or
text: ``"(0010,0010)"``, ``"0010,0010"`` or ``"00100010"``; text that is a keyword
(``"PatientName"``) is taken as one first. Repeating groups are found both by their
published tag (``"(60xx,3000)"``) and by any tag they cover (``0x60023000``); an
element listed by its own tag wins over a repeating group that would also cover
it. Elements without keyword (retired rows of Table 6-1) are found by tag only.

The rows are generated into ``dicomodel._dictionary_data`` and loaded on the
first lookup; importing this module costs almost nothing. Lookups that find
nothing raise :class:`KeyError` with a message that says what was looked up.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from typing import Final, TypeAlias

__all__ = [
    "DictionaryEntry",
    "TagLike",
    "entries",
    "entry",
    "is_retired",
    "keyword_for_tag",
    "name_for",
    "tag_for_keyword",
    "vm_for",
    "vr_for",
]

TagLike: TypeAlias = int | str | tuple[int, int]
"""An ``int`` tag, a ``(group, element)`` pair, tag text, or a keyword."""

_DATA_MODULE: Final = "dicomodel._dictionary_data"
_TABLES: Final = (
    ("DATA_ELEMENTS", "6-1"),
    ("FILE_META_ELEMENTS", "7-1"),
    ("DIRECTORY_ELEMENTS", "8-1"),
)
_TAG_TEXT = re.compile(r"^\(?\s*([0-9A-Fa-fxX]{4})\s*,?\s*([0-9A-Fa-fxX]{4})\s*\)?$")


@dataclass(frozen=True, slots=True)
class DictionaryEntry:
    """One data element of PS3.6 as published.

    ``tag`` is the published text, ``(0010,0010)`` or ``(60xx,3000)`` for a
    repeating group; ``vr`` the VR text (``"US or SS"``, ``""`` where the table
    gives none); ``keyword`` is ``""`` for an element without keyword; ``table``
    is ``"6-1"``, ``"7-1"`` (file meta) or ``"8-1"`` (directory).
    """

    tag: str
    vr: str
    vm: str
    name: str
    keyword: str
    retired: bool
    table: str

    @property
    def repeating(self) -> bool:
        """True for a repeating-group tag such as ``(60xx,3000)``."""
        return "x" in self.tag

    @property
    def vrs(self) -> tuple[str, ...]:
        """The VR alternatives: ``("US", "SS")`` for ``"US or SS"``, ``()`` for none."""
        return tuple(self.vr.split(" or ")) if self.vr else ()

    @property
    def mask(self) -> int:
        """The bits the tag fixes: ``0xFF00FFFF`` for ``(60xx,3000)``."""
        digits = self.tag.strip("()").replace(",", "")
        return int("".join("0" if d == "x" else "F" for d in digits), 16)

    @property
    def value(self) -> int:
        """The tag as an int, repeating digits as 0: ``0x60003000`` for ``(60xx,3000)``."""
        return int(self.tag.strip("()").replace(",", "").replace("x", "0"), 16)

    def matches(self, tag: int) -> bool:
        """True when ``tag`` is this element's tag or one its repeating group covers."""
        return tag & self.mask == self.value


@dataclass(frozen=True, slots=True)
class _Index:
    by_tag: dict[int, DictionaryEntry]
    by_keyword: dict[str, DictionaryEntry]
    by_text: dict[str, DictionaryEntry]
    repeating: tuple[DictionaryEntry, ...]
    all: tuple[DictionaryEntry, ...]


@cache
def _index() -> _Index:
    module = importlib.import_module(_DATA_MODULE)
    found: list[DictionaryEntry] = []
    for attribute, table in _TABLES:
        rows: tuple[tuple[str, str, str, str, str, bool], ...] = getattr(module, attribute)
        found.extend(DictionaryEntry(*row, table=table) for row in rows)
    found.sort(key=lambda item: (item.value, item.tag))
    by_tag: dict[int, DictionaryEntry] = {}
    by_keyword: dict[str, DictionaryEntry] = {}
    repeating: list[DictionaryEntry] = []
    for item in found:
        if item.repeating:
            repeating.append(item)
        else:
            by_tag.setdefault(item.value, item)
        if item.keyword:
            by_keyword.setdefault(item.keyword, item)
    # The most specific repeating group first: (0028,04x0) before (1000,xxx0).
    repeating.sort(key=lambda item: (-bin(item.mask).count("1"), item.value))
    return _Index(
        by_tag=by_tag,
        by_keyword=by_keyword,
        by_text={item.tag: item for item in found},
        repeating=tuple(repeating),
        all=tuple(found),
    )


def _tag_int(tag: int | tuple[int, int]) -> int:
    if isinstance(tag, tuple):
        group, element = tag
        if not (0 <= group <= 0xFFFF and 0 <= element <= 0xFFFF):
            raise KeyError(f"({group:#x}, {element:#x}) is not a DICOM tag")
        return group << 16 | element
    if isinstance(tag, bool) or not 0 <= tag <= 0xFFFFFFFF:
        raise KeyError(f"{tag!r} is not a DICOM tag")
    return tag


def _show(tag: int) -> str:
    return f"({tag >> 16:04X},{tag & 0xFFFF:04X})"


def _by_tag(tag: int) -> DictionaryEntry:
    index = _index()
    found = index.by_tag.get(tag)
    if found is not None:
        return found
    for candidate in index.repeating:
        if candidate.matches(tag):
            return candidate
    kind = "private " if tag >> 16 & 1 else ""
    raise KeyError(f"{kind}tag {_show(tag)} is not in the DICOM data dictionary")


def entry(tag_or_keyword: TagLike) -> DictionaryEntry:
    """The dictionary entry of a tag or keyword.

    >>> entry("PatientName").tag
    '(0010,0010)'
    >>> entry(0x60023000).keyword
    'OverlayData'
    """
    if not isinstance(tag_or_keyword, str):
        return _by_tag(_tag_int(tag_or_keyword))
    index = _index()
    found = index.by_keyword.get(tag_or_keyword)
    if found is not None:
        return found
    match = _TAG_TEXT.match(tag_or_keyword.strip())
    if match is None:
        raise KeyError(f"{tag_or_keyword!r} is not a keyword of the DICOM data dictionary")
    digits = (match.group(1) + match.group(2)).upper().replace("X", "x")
    if "x" not in digits:
        return _by_tag(int(digits, 16))
    published = f"({digits[:4]},{digits[4:]})"
    found = index.by_text.get(published)
    if found is None:
        raise KeyError(f"repeating group {published} is not in the DICOM data dictionary")
    return found


def keyword_for_tag(tag: TagLike) -> str:
    """``0x00100010`` -> ``"PatientName"``; ``""`` for an element without keyword."""
    return entry(tag).keyword


def tag_for_keyword(keyword: str) -> int:
    """``"PatientName"`` -> ``0x00100010``.

    A repeating group's keyword gives its first tag, the ``x`` digits as 0:
    ``"OverlayData"`` -> ``0x60003000``.
    """
    found = _index().by_keyword.get(keyword)
    if found is None:
        raise KeyError(f"{keyword!r} is not a keyword of the DICOM data dictionary")
    return found.value


def vr_for(tag_or_keyword: TagLike) -> str:
    """The VR text: ``"PN"``; ``"US or SS"`` where the dictionary gives alternatives."""
    return entry(tag_or_keyword).vr


def vm_for(tag_or_keyword: TagLike) -> str:
    """The Value Multiplicity as published: ``"1"``, ``"1-n"``, ``"2-2n"``."""
    return entry(tag_or_keyword).vm


def name_for(tag_or_keyword: TagLike) -> str:
    """The name as published: ``"Patient's Name"``."""
    return entry(tag_or_keyword).name


def is_retired(tag_or_keyword: TagLike) -> bool:
    """True when the dictionary marks the element retired."""
    return entry(tag_or_keyword).retired


def entries() -> tuple[DictionaryEntry, ...]:
    """Every entry of Tables 6-1, 7-1 and 8-1, sorted by tag (repeating digits as 0)."""
    return _index().all
