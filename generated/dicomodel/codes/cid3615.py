"""CID 3615 Valve Area.

Extensible, version 20030327, UID 1.2.840.10008.6.1.165.
Includes CID 3614.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3615
NAME: Final[str] = "Valve Area"
KEYWORD: Final[str | None] = "ValveArea"
UID: Final[str | None] = "1.2.840.10008.6.1.165"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = (3614,)
EXTERNAL_SCHEME: Final[str | None] = None

MitralValveArea: Final[Code] = Code("SCT", "251012002", "Mitral Valve Area", (3615,))
"""Mitral Valve Area (SCT 251012002)."""

AorticValveArea: Final[Code] = Code("SCT", "251011009", "Aortic Valve Area", (3614,))
"""Aortic Valve Area (SCT 251011009). Included from CID 3614."""

PulmonicValveArea: Final[Code] = Code("SCT", "251013007", "Pulmonic Valve Area", (3614,))
"""Pulmonic Valve Area (SCT 251013007). Included from CID 3614."""

TricuspidValveArea: Final[Code] = Code("SCT", "251014001", "Tricuspid Valve Area", (3614,))
"""Tricuspid Valve Area (SCT 251014001). Included from CID 3614."""

DerivedNonValveArea: Final[Code] = Code("DCM", "122160", "Derived Non-Valve Area", (3614,))
"""Derived Non-Valve Area (DCM 122160). Included from CID 3614."""

MEMBERS: Final[tuple[Code, ...]] = (
    MitralValveArea,
    AorticValveArea,
    PulmonicValveArea,
    TricuspidValveArea,
    DerivedNonValveArea,
)
"""The resolved membership: own members, then those of the included groups, in order."""
