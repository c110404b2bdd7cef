"""CID 6136 Chest Types of Quality Control Standard.

Extensible, version 20030108, UID 1.2.840.10008.6.1.456.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6136
NAME: Final[str] = "Chest Types of Quality Control Standard"
KEYWORD: Final[str | None] = "ChestTypesOfQualityControlStandard"
UID: Final[str | None] = "1.2.840.10008.6.1.456"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PerformanceOfPediatricAndAdultChestRadiographyACR: Final[Code] = Code(
    "DCM", "112035", "Performance of Pediatric and Adult Chest Radiography, ACR", (6136,)
)
"""Performance of Pediatric and Adult Chest Radiography, ACR (DCM 112035)."""

ACRPositionStatement: Final[Code] = Code("DCM", "112036", "ACR Position Statement", (6136, 6208))
"""ACR Position Statement (DCM 112036)."""

InstitutionallyDefinedQualityControlStandard: Final[Code] = Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

PerformanceOfPediatricAndAdultThoracicCT: Final[Code] = Code(
    "DCM", "112184", "Performance of Pediatric and Adult Thoracic CT", (6136,)
)
"""Performance of Pediatric and Adult Thoracic CT (DCM 112184)."""

PerformanceOfCTForDetectionOfPulmonaryEmbolismInAdults: Final[Code] = Code(
    "DCM", "112185", "Performance of CT for Detection of Pulmonary Embolism in Adults", (6136,)
)
"""Performance of CT for Detection of Pulmonary Embolism in Adults (DCM 112185)."""

PerformanceOfHighResolutionCTOfTheLungsInAdults: Final[Code] = Code(
    "DCM", "112186", "Performance of High-Resolution CT of the Lungs in Adults", (6136,)
)
"""Performance of High-Resolution CT of the Lungs in Adults (DCM 112186)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PerformanceOfPediatricAndAdultChestRadiographyACR,
    ACRPositionStatement,
    InstitutionallyDefinedQualityControlStandard,
    PerformanceOfPediatricAndAdultThoracicCT,
    PerformanceOfCTForDetectionOfPulmonaryEmbolismInAdults,
    PerformanceOfHighResolutionCTOfTheLungsInAdults,
)
"""The resolved membership: own members, then those of the included groups, in order."""
