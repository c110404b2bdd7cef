"""CID 9540 Movable Beam Limiting Device Type.

Extensible, version 20221224, UID 1.2.840.10008.6.1.1458.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9540
NAME: _Final[str] = "Movable Beam Limiting Device Type"
KEYWORD: _Final[str | None] = "MovableBeamLimitingDeviceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1458"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221224"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

JawPair: _Final[_Code] = _Code("DCM", "130330", "Jaw Pair", (9540,))
"""Jaw Pair (DCM 130330)."""

LeafPairs: _Final[_Code] = _Code("DCM", "130331", "Leaf Pairs", (9540,))
"""Leaf Pairs (DCM 130331)."""

VariableCircularCollimator: _Final[_Code] = _Code(
    "DCM", "130332", "Variable Circular Collimator", (9540,)
)
"""Variable Circular Collimator (DCM 130332)."""

SingleLeaves: _Final[_Code] = _Code("DCM", "130333", "Single Leaves", (9540,))
"""Single Leaves (DCM 130333)."""

MEMBERS: _Final[tuple[_Code, ...]] = (JawPair, LeafPairs, VariableCircularCollimator, SingleLeaves)
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
