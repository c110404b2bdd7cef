"""CID 12008 OB-GYN Amniotic Sac Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.557.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12008
NAME: Final[str] = "OB-GYN Amniotic Sac Measurement"
KEYWORD: Final[str | None] = "OBGYNAmnioticSacMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.557"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210120"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FirstQuadrantDiameter: Final[Code] = Code("LN", "11624-4", "First Quadrant Diameter", (12008,))
"""First Quadrant Diameter (LN 11624-4)."""

SecondQuadrantDiameter: Final[Code] = Code("LN", "11626-9", "Second Quadrant Diameter", (12008,))
"""Second Quadrant Diameter (LN 11626-9)."""

ThirdQuadrantDiameter: Final[Code] = Code("LN", "11625-1", "Third Quadrant Diameter", (12008,))
"""Third Quadrant Diameter (LN 11625-1)."""

FourthQuadrantDiameter: Final[Code] = Code("LN", "11623-6", "Fourth Quadrant Diameter", (12008,))
"""Fourth Quadrant Diameter (LN 11623-6)."""

Diameter: Final[Code] = Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

AmnioticFluidIndex: Final[Code] = Code("LN", "11627-7", "Amniotic Fluid Index", (12008,))
"""Amniotic Fluid Index (LN 11627-7)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FirstQuadrantDiameter,
    SecondQuadrantDiameter,
    ThirdQuadrantDiameter,
    FourthQuadrantDiameter,
    Diameter,
    AmnioticFluidIndex,
)
"""The resolved membership: own members, then those of the included groups, in order."""
