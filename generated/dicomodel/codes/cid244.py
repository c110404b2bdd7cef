"""CID 244 Laterality.

Non-extensible, version 20030108, UID 1.2.840.10008.6.1.37.
Includes CID 247.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 244
NAME: _Final[str] = "Laterality"
KEYWORD: _Final[str | None] = "Laterality"
UID: _Final[str | None] = "1.2.840.10008.6.1.37"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = (247,)
EXTERNAL_SCHEME: _Final[str | None] = None

Bilateral: _Final[_Code] = _Code("SCT", "51440002", "Bilateral", (2, 244))
"""Bilateral (SCT 51440002)."""

Unilateral: _Final[_Code] = _Code("SCT", "66459002", "Unilateral", (2, 244))
"""Unilateral (SCT 66459002)."""

Right: _Final[_Code] = _Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007). Included from CID 247."""

Left: _Final[_Code] = _Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000). Included from CID 247."""

MEMBERS: _Final[tuple[_Code, ...]] = (Bilateral, Unilateral, Right, Left)
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
