"""CID 3614 Non-mitral Valve Area.

Extensible, version 20030327, UID 1.2.840.10008.6.1.164.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3614
NAME: Final[str] = "Non-mitral Valve Area"
KEYWORD: Final[str | None] = "NonmitralValveArea"
UID: Final[str | None] = "1.2.840.10008.6.1.164"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AorticValveArea: Final[Code] = Code("SCT", "251011009", "Aortic Valve Area", (3614,))
"""Aortic Valve Area (SCT 251011009)."""

PulmonicValveArea: Final[Code] = Code("SCT", "251013007", "Pulmonic Valve Area", (3614,))
"""Pulmonic Valve Area (SCT 251013007)."""

TricuspidValveArea: Final[Code] = Code("SCT", "251014001", "Tricuspid Valve Area", (3614,))
"""Tricuspid Valve Area (SCT 251014001)."""

DerivedNonValveArea: Final[Code] = Code("DCM", "122160", "Derived Non-Valve Area", (3614,))
"""Derived Non-Valve Area (DCM 122160)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AorticValveArea,
    PulmonicValveArea,
    TricuspidValveArea,
    DerivedNonValveArea,
)
"""The resolved membership: own members, then those of the included groups, in order."""
