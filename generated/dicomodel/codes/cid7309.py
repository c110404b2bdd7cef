"""CID 7309 Human Trauma Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1040.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7309
NAME: Final[str] = "Human Trauma Implant Component Type"
KEYWORD: Final[str | None] = "HumanTraumaImplantComponentType"
UID: Final[str | None] = "1.2.840.10008.6.1.1040"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20101102"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Screw: Final[Code] = Code("SCT", "68183006", "Screw", (7157, 7309))
"""Screw (SCT 68183006)."""

BonePlate: Final[Code] = Code("SCT", "271003", "Bone Plate", (7309,))
"""Bone Plate (SCT 271003)."""

DHSPlate: Final[Code] = Code("SCT", "257327003", "DHS Plate", (7309,))
"""DHS Plate (SCT 257327003)."""

BoneNail: Final[Code] = Code("SCT", "63289001", "Bone Nail", (7309,))
"""Bone Nail (SCT 63289001)."""

MEMBERS: Final[tuple[Code, ...]] = (Screw, BonePlate, DHSPlate, BoneNail)
"""The resolved membership: own members, then those of the included groups, in order."""
