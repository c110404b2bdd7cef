"""CID 7016 Level of Difficulty.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1180.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7016
NAME: _Final[str] = "Level of Difficulty"
KEYWORD: _Final[str | None] = "LevelOfDifficulty"
UID: _Final[str | None] = "1.2.840.10008.6.1.1180"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PrimaryLevel: _Final[_Code] = _Code("DCM", "128725", "Primary level", (7016,))
"""Primary level (DCM 128725)."""

IntermediateLevel: _Final[_Code] = _Code("DCM", "128726", "Intermediate level", (7016,))
"""Intermediate level (DCM 128726)."""

AdvancedLevel: _Final[_Code] = _Code("DCM", "128727", "Advanced level", (7016,))
"""Advanced level (DCM 128727)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PrimaryLevel, IntermediateLevel, AdvancedLevel)
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
