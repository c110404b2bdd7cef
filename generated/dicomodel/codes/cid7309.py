"""CID 7309 Human Trauma Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1040.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7309
NAME: _Final[str] = "Human Trauma Implant Component Type"
KEYWORD: _Final[str | None] = "HumanTraumaImplantComponentType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1040"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20101102"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Screw: _Final[_Code] = _Code("SCT", "68183006", "Screw", (7157, 7309))
"""Screw (SCT 68183006)."""

BonePlate: _Final[_Code] = _Code("SCT", "271003", "Bone Plate", (7309,))
"""Bone Plate (SCT 271003)."""

DHSPlate: _Final[_Code] = _Code("SCT", "257327003", "DHS Plate", (7309,))
"""DHS Plate (SCT 257327003)."""

BoneNail: _Final[_Code] = _Code("SCT", "63289001", "Bone Nail", (7309,))
"""Bone Nail (SCT 63289001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Screw, BonePlate, DHSPlate, BoneNail)
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
