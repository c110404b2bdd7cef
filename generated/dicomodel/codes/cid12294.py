"""CID 12294 Cardiac Ultrasound Pericardium and Pleura Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.874.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12294
NAME: _Final[str] = "Cardiac Ultrasound Pericardium and Pleura Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundPericardiumAndPleuraFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.874"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Pericardium: _Final[_Code] = _Code("SCT", "76848001", "Pericardium", (7152, 12294))
"""Pericardium (SCT 76848001)."""

Pleura: _Final[_Code] = _Code("SCT", "3120008", "Pleura", (6100, 6129, 7155, 12294))
"""Pleura (SCT 3120008)."""

LeftPleura: _Final[_Code] = _Code("SCT", "53727004", "Left Pleura", (12294,))
"""Left Pleura (SCT 53727004)."""

RightPleura: _Final[_Code] = _Code("SCT", "44788007", "Right Pleura", (12294,))
"""Right Pleura (SCT 44788007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Pericardium, Pleura, LeftPleura, RightPleura)
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
