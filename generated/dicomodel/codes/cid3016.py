"""CID 3016 Major Coronary Artery.

Extensible, version 20221201, UID 1.2.840.10008.6.1.736.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3016
NAME: _Final[str] = "Major Coronary Artery"
KEYWORD: _Final[str | None] = "MajorCoronaryArtery"
UID: _Final[str | None] = "1.2.840.10008.6.1.736"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221201"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "59438005", "Left Anterior Descending Coronary Artery", (3016, 12292)
)
"""Left Anterior Descending Coronary Artery (SCT 59438005)."""

RightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "13647002", "Right Coronary Artery", (3016, 12292)
)
"""Right Coronary Artery (SCT 13647002)."""

CircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57396003", "Circumflex Coronary Artery", (3016, 12292)
)
"""Circumflex Coronary Artery (SCT 57396003)."""

LeftCoronaryArtery: _Final[_Code] = _Code("SCT", "50018008", "Left Coronary Artery", (3016,))
"""Left Coronary Artery (SCT 50018008)."""

LeftMainCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "3227004", "Left Main Coronary Artery", (3014, 3016, 12292)
)
"""Left Main Coronary Artery (SCT 3227004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftAnteriorDescendingCoronaryArtery,
    RightCoronaryArtery,
    CircumflexCoronaryArtery,
    LeftCoronaryArtery,
    LeftMainCoronaryArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
