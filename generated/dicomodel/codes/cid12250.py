"""CID 12250 Cardiac Ultrasound Common Linear Measurement.

Extensible, version 20160314, UID 1.2.840.10008.6.1.831.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12250
NAME: Final[str] = "Cardiac Ultrasound Common Linear Measurement"
KEYWORD: Final[str | None] = "CardiacUltrasoundCommonLinearMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.831"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Length: Final[Code] = Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003)."""

Diameter: Final[Code] = Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

MajorAxis: Final[Code] = Code("SCT", "131187009", "Major Axis", (7470, 12250))
"""Major Axis (SCT 131187009)."""

MinorAxis: Final[Code] = Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004)."""

Circumference: Final[Code] = Code("SCT", "74551000", "Circumference", (7470, 12250))
"""Circumference (SCT 74551000)."""

Radius: Final[Code] = Code("SCT", "131190003", "Radius", (7470, 12250))
"""Radius (SCT 131190003)."""

ROIThicknessByUS: Final[Code] = Code("LN", "59089-3", "ROI Thickness by US", (12250, 12304))
"""ROI Thickness by US (LN 59089-3)."""

ROIInternalDimensionByUS: Final[Code] = Code(
    "LN", "59090-1", "ROI Internal Dimension by US", (12250, 12304)
)
"""ROI Internal Dimension by US (LN 59090-1)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Length,
    Diameter,
    MajorAxis,
    MinorAxis,
    Circumference,
    Radius,
    ROIThicknessByUS,
    ROIInternalDimensionByUS,
)
"""The resolved membership: own members, then those of the included groups, in order."""
