"""CID 10003 Equipment Plane Identification.

Extensible, version 20081028, UID 1.2.840.10008.6.1.537.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10003
NAME: Final[str] = "Equipment Plane Identification"
KEYWORD: Final[str | None] = "EquipmentPlaneIdentification"
UID: Final[str | None] = "1.2.840.10008.6.1.537"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20081028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PlaneA: Final[Code] = Code("DCM", "113620", "Plane A", (10003,))
"""Plane A (DCM 113620)."""

PlaneB: Final[Code] = Code("DCM", "113621", "Plane B", (10003,))
"""Plane B (DCM 113621)."""

SinglePlane: Final[Code] = Code("DCM", "113622", "Single Plane", (10003,))
"""Single Plane (DCM 113622)."""

AllPlanes: Final[Code] = Code("DCM", "113890", "All Planes", (10003,))
"""All Planes (DCM 113890)."""

MEMBERS: Final[tuple[Code, ...]] = (PlaneA, PlaneB, SinglePlane, AllPlanes)
"""The resolved membership: own members, then those of the included groups, in order."""
