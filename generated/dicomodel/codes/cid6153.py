"""CID 6153 Lesion Boundary.

Extensible, version 20050822, UID 1.2.840.10008.6.1.468.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6153
NAME: Final[str] = "Lesion Boundary"
KEYWORD: Final[str | None] = "LesionBoundary"
UID: Final[str | None] = "1.2.840.10008.6.1.468"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AbruptInterface: Final[Code] = Code("DCM", "111358", "Abrupt interface", (6153,))
"""Abrupt interface (DCM 111358)."""

EchogenicHalo: Final[Code] = Code("DCM", "111359", "Echogenic halo", (6153,))
"""Echogenic halo (DCM 111359)."""

MEMBERS: Final[tuple[Code, ...]] = (AbruptInterface, EchogenicHalo)
"""The resolved membership: own members, then those of the included groups, in order."""
