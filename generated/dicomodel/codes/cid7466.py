"""CID 7466 PET Region of Interest Measurement.

Extensible, version 20141110, UID 1.2.840.10008.6.1.999.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7466
NAME: Final[str] = "PET Region of Interest Measurement"
KEYWORD: Final[str | None] = "PETRegionOfInterestMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.999"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MetabolicVolume: Final[Code] = Code("DCM", "126032", "Metabolic Volume", (7466,))
"""Metabolic Volume (DCM 126032)."""

TotalLesionGlycolysis: Final[Code] = Code("DCM", "126033", "Total Lesion Glycolysis", (7466,))
"""Total Lesion Glycolysis (DCM 126033)."""

Glycolysis: Final[Code] = Code("DCM", "126034", "Glycolysis", (7466,))
"""Glycolysis (DCM 126034)."""

TotalLesionProliferation: Final[Code] = Code("DCM", "126035", "Total Lesion Proliferation", (7466,))
"""Total Lesion Proliferation (DCM 126035)."""

ProliferativeActivity: Final[Code] = Code("DCM", "126036", "Proliferative Activity", (7466,))
"""Proliferative Activity (DCM 126036)."""

StandardizedAddedMetabolicActivity: Final[Code] = Code(
    "DCM", "126037", "Standardized Added Metabolic Activity", (7466,)
)
"""Standardized Added Metabolic Activity (DCM 126037)."""

StandardizedAddedMetabolicActivityBackground: Final[Code] = Code(
    "DCM", "126038", "Standardized Added Metabolic Activity Background", (7466,)
)
"""Standardized Added Metabolic Activity Background (DCM 126038)."""

LesionToBackgroundSUVRatio: Final[Code] = Code(
    "DCM", "126039", "Lesion to Background SUV Ratio", (7466,)
)
"""Lesion to Background SUV Ratio (DCM 126039)."""

BackgroundForLesionToBackgroundSUVRatio: Final[Code] = Code(
    "DCM", "126040", "Background for Lesion to Background SUV Ratio", (7466,)
)
"""Background for Lesion to Background SUV Ratio (DCM 126040)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MetabolicVolume,
    TotalLesionGlycolysis,
    Glycolysis,
    TotalLesionProliferation,
    ProliferativeActivity,
    StandardizedAddedMetabolicActivity,
    StandardizedAddedMetabolicActivityBackground,
    LesionToBackgroundSUVRatio,
    BackgroundForLesionToBackgroundSUVRatio,
)
"""The resolved membership: own members, then those of the included groups, in order."""
