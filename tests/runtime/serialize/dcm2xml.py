"""Our Native DICOM Model XML beside DCMTK's ``dcm2xml``, compared as XML infosets.

An infoset here is what PS3.19 A.1 gives a document: per ``DicomAttribute`` (keyed by
tag and Private Creator) its VR, keyword and values in ``number`` order (text, person
name components, items, base64-decoded binary, BulkData URIs). Order, whitespace, the
XML declaration and the namespace do not count.

DCMTK 3.6.7 (Debian) departs from the standard or from pydicom's reading in ways
named one by one in :class:`Known`; :func:`compare` explains each difference by one
of them or reports it as unexplained. The tests allow no unexplained difference.
"""

from __future__ import annotations

import base64
import math
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydicom.datadict import dictionary_is_retired, dictionary_VR

_ITEM_TAG = b"\xfe\xff\x00\xe0"  # (FFFE,E000), little endian: encapsulated pixel data
# PS3.5 Table 6.2-1: leading spaces are not significant for these VRs either.
_LEADING_SPACE_INSIGNIFICANT = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "SH"})
_LEADING_SPACE_INSIGNIFICANT |= {"TM", "UI", "UR", "UC"}


class Known(StrEnum):
    """What DCMTK 3.6.7 writes differently, and why the difference is not ours."""

    GROUP_LENGTH = "DCMTK leaves out Group Length (gggg,0000) elements; we keep them as read"
    RETIRED_KEYWORD = "DCMTK writes no keyword for a retired element (PS3.6 gives one)"
    OW_BIG_ENDIAN = (
        "DCMTK writes OW InlineBinary byte-swapped (big endian); PS3.18 F.2.7 and PS3.5 7.3"
        " keep the little endian Value Field"
    )
    ENCAPSULATED = "DCMTK writes encapsulated Pixel Data as an empty InlineBinary (and VR OB)"
    PADDING = "DCMTK strips the spaces of each value; PS3.5 6.2 makes them insignificant"
    EMPTY_NAME_PART = (
        "DCMTK leaves out empty PN components and names of separators only; we keep the count"
    )
    PHONETIC_COPY = "DCMTK repeats the Ideographic group as Phonetic after a trailing '='"
    FLOAT_DIGITS = "DCMTK's own float formatting can be 1 ulp off the FD value"
    ORPHAN_PRIVATE = (
        "DCMTK drops the block of a private element without Private Creator (gggg,xxee ->"
        " gggg00ee); we keep the full tag"
    )
    UN_IN_FILE = (
        "the file gives a standard element VR UN: pydicom reads it by the data dictionary's"
        " VR (config.replace_un_with_known_vr), DCMTK keeps UN"
    )
    UN_CREATOR = (
        "the file gives Private Creators VR UN: pydicom reads them as LO (PS3.5 7.8.1), DCMTK"
        " keeps UN and so names no creator for the elements of their blocks"
    )


@dataclass
class Comparison:
    """The differences of one file, explained and not."""

    explained: dict[Known, int] = field(default_factory=dict)
    unexplained: list[str] = field(default_factory=list)

    def note(self, known: Known) -> None:
        self.explained[known] = self.explained.get(known, 0) + 1


@cache
def dcm2xml(path: Path) -> subprocess.CompletedProcess[bytes]:
    """``dcm2xml --native-format --encode-base64 path`` (run once per file); fails when
    DCMTK is missing."""
    program = shutil.which("dcm2xml")
    if program is None:
        pytest.fail(
            "dcm2xml is missing: install DCMTK (apt-get install dcmtk; .ci/run does it)",
            pytrace=False,
        )
    return subprocess.run(
        [program, "--native-format", "--encode-base64", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
    )


def _local(name: str) -> str:
    return name.rpartition("}")[2]


Attributes = dict[tuple[int, str | None], tuple[str, str | None, list[Any]]]


def infoset(document: str | bytes) -> Attributes:
    """The attributes of a Native DICOM Model document (see the module docstring)."""
    root = ElementTree.fromstring(document)
    assert _local(root.tag) == "NativeDicomModel"
    return _attributes(root)


def _attributes(parent: ElementTree.Element) -> Attributes:
    found: Attributes = {}
    for node in parent:
        assert _local(node.tag) == "DicomAttribute"
        tag = int(node.attrib["tag"], 16)
        creator = node.attrib.get("privateCreator")
        found[(tag, creator)] = (node.attrib["vr"], node.attrib.get("keyword"), _values(node))
    return found


def _values(node: ElementTree.Element) -> list[Any]:
    values: list[Any] = []
    for child in sorted(node, key=lambda child: int(child.attrib.get("number", "1"))):
        name = _local(child.tag)
        if name == "Item":
            values.append(_attributes(child))
        elif name == "PersonName":
            values.append(
                {
                    _local(group.tag): {_local(part.tag): part.text or "" for part in group}
                    for group in child
                }
            )
        elif name == "InlineBinary":
            values.append(base64.b64decode("".join((child.text or "").split())))
        elif name == "BulkData":
            values.append(("BulkData", child.attrib.get("uri")))
        else:
            values.append(child.text or "")
    return values


def compare(ours: Attributes, theirs: Attributes, file: str) -> Comparison:
    """Every difference between our infoset and DCMTK's, explained or not."""
    result = Comparison()
    _compare(ours, theirs, "", result)
    return result


def _orphans(attributes: Attributes) -> Attributes:
    """Private data elements without creator, keyed as DCMTK writes them (gggg00ee)."""
    moved: Attributes = {}
    for (tag, creator), entry in attributes.items():
        group, number = tag >> 16, tag & 0xFFFF
        if creator is None and group % 2 and number >= 0x1000:
            moved[((group << 16) | (number & 0xFF), None)] = entry
        else:
            moved[(tag, creator)] = entry
    return moved


def _unnamed(ours: Attributes, theirs: Attributes, result: Comparison) -> Attributes:
    """Our private elements keyed without creator where DCMTK's creator element is UN."""
    unnamed = {
        (tag >> 16, entry[2][0])
        for (tag, creator), entry in ours.items()
        if creator is None
        and (tag >> 16) % 2
        and 0x10 <= tag & 0xFFFF <= 0xFF
        and entry[0] == "LO"
        and entry[2]
        and theirs.get((tag, None), ("",))[0] == "UN"
    }
    if not unnamed:
        return ours
    result.note(Known.UN_CREATOR)
    return {
        ((tag, None) if (tag >> 16, creator) in unnamed else (tag, creator)): entry
        for (tag, creator), entry in ours.items()
    }


def _compare(ours: Attributes, theirs: Attributes, path: str, result: Comparison) -> None:
    ours = _unnamed(ours, theirs, result)
    if _orphans(ours).keys() != ours.keys() and _orphans(ours).keys() - ours.keys() <= set(theirs):
        result.note(Known.ORPHAN_PRIVATE)
        ours = _orphans(ours)
    for key in sorted(ours.keys() | theirs.keys(), key=str):
        tag, creator = key
        where = f"{path}({tag >> 16:04X},{tag & 0xFFFF:04X}){' ' + creator if creator else ''}"
        if key not in theirs:
            if tag & 0xFFFF == 0:
                result.note(Known.GROUP_LENGTH)
            else:
                result.unexplained.append(f"{where}: only ours")
            continue
        if key not in ours:
            result.unexplained.append(f"{where}: only DCMTK's")
            continue
        (our_vr, our_keyword, our_values), (their_vr, their_keyword, their_values) = (
            ours[key],
            theirs[key],
        )
        if our_keyword != their_keyword:
            if their_keyword is None and creator is None and dictionary_is_retired(tag):
                result.note(Known.RETIRED_KEYWORD)
            else:
                result.unexplained.append(f"{where}: keyword {our_keyword} != {their_keyword}")
        if tag == 0x7FE00010 and _encapsulated(our_values, their_values):
            result.note(Known.ENCAPSULATED)
            continue
        if our_vr != their_vr:
            if their_vr == "UN" and creator is None and _dictionary_vr(tag) == our_vr:
                result.note(Known.UN_IN_FILE)
            elif their_vr == "UN" and our_vr == "LO" and (tag >> 16) % 2 and tag & 0xFF00 == 0:
                result.note(Known.UN_CREATOR)
            else:
                result.unexplained.append(f"{where}: VR {our_vr} != {their_vr}")
            continue
        _compare_values(our_vr, our_values, their_values, where, result)


def _compare_values(
    vr: str, ours: list[Any], theirs: list[Any], where: str, result: Comparison
) -> None:
    if vr == "PN":
        ours, theirs = _names(ours, theirs, result)
    if len(ours) != len(theirs):
        result.unexplained.append(f"{where}: {len(ours)} values != {len(theirs)}")
        return
    for index, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
        at = f"{where}[{index}]"
        if vr == "SQ":
            _compare(mine, other, f"{at}.", result)
        elif mine == other:
            continue
        elif vr == "OW" and isinstance(other, bytes) and mine == _swapped(other):
            result.note(Known.OW_BIG_ENDIAN)
        elif vr == "FD" and mine and other and float(mine) == float(other):
            continue  # the same number: we write the shortest text that reads back as it
        elif (
            vr == "FD" and mine and other and math.isclose(float(mine), float(other), rel_tol=4e-16)
        ):
            result.note(Known.FLOAT_DIGITS)
        elif vr == "FL" and mine and other and _float32(mine) == _float32(other):
            continue  # the same single-precision number, written with more digits by us
        elif isinstance(mine, str) and isinstance(other, str) and _unpadded(vr, mine) == other:
            result.note(Known.PADDING)
        else:
            result.unexplained.append(f"{where}: {mine!r:.60} != {other!r:.60}")


def _names(ours: list[Any], theirs: list[Any], result: Comparison) -> tuple[list[Any], list[Any]]:
    """Person names without empty components, and a copied Phonetic group, noted."""
    cleaned: list[Any] = []
    for name in ours:
        groups = {group: {k: v for k, v in parts.items() if v} for group, parts in name.items()}
        groups = {group: parts for group, parts in groups.items() if parts}
        if groups != name:
            result.note(Known.EMPTY_NAME_PART)
        if groups:
            cleaned.append(groups)
    copied: list[Any] = []
    for mine, other in zip(cleaned, theirs, strict=False):
        if (
            "Phonetic" in other
            and "Phonetic" not in mine
            and other["Phonetic"] == other.get("Ideographic")
        ):
            other = {group: parts for group, parts in other.items() if group != "Phonetic"}
            result.note(Known.PHONETIC_COPY)
        copied.append(other)
    return cleaned, copied + theirs[len(copied) :]


def _encapsulated(ours: list[Any], theirs: list[Any]) -> bool:
    return (
        len(ours) == 1
        and isinstance(ours[0], bytes)
        and ours[0].startswith(_ITEM_TAG)
        and theirs in ([], [b""])
    )


def _swapped(data: bytes) -> bytes:
    swapped = bytearray(data)
    swapped[0::2], swapped[1::2] = data[1::2], data[0::2]
    return bytes(swapped)


def _one_ulp(mine: float, other: float) -> bool:
    return math.nextafter(mine, other) == other


def _float32(text: str) -> float:
    return float(struct.unpack("<f", struct.pack("<f", float(text)))[0])


def _unpadded(vr: str, text: str) -> str:
    text = text.rstrip(" ")
    return text.lstrip(" ") if vr in _LEADING_SPACE_INSIGNIFICANT else text


def _dictionary_vr(tag: int) -> str | None:
    try:
        return str(dictionary_VR(tag)).split(" or ")[0]
    except KeyError:
        return None
