"""CID 9546 Radiotherapy Wedge Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1293.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9546
NAME: Final[str] = "Radiotherapy Wedge Type"
KEYWORD: Final[str | None] = "RadiotherapyWedgeType"
UID: Final[str | None] = "1.2.840.10008.6.1.1293"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HardWedge: Final[Code] = Code("DCM", "130346", "Hard Wedge", (9546,))
"""Hard Wedge (DCM 130346)."""

MotorizedWedge: Final[Code] = Code("DCM", "130347", "Motorized Wedge", (9546,))
"""Motorized Wedge (DCM 130347)."""

DynamicWedge: Final[Code] = Code("DCM", "130348", "Dynamic Wedge", (9546,))
"""Dynamic Wedge (DCM 130348)."""

MEMBERS: Final[tuple[Code, ...]] = (HardWedge, MotorizedWedge, DynamicWedge)
"""The resolved membership: own members, then those of the included groups, in order."""
