"""CID 6208 Colon Types of Quality Control Standard.

Extensible, version 20090402, UID 1.2.840.10008.6.1.795.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6208
NAME: Final[str] = "Colon Types of Quality Control Standard"
KEYWORD: Final[str | None] = "ColonTypesOfQualityControlStandard"
UID: Final[str | None] = "1.2.840.10008.6.1.795"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ACRPositionStatement: Final[Code] = Code("DCM", "112036", "ACR Position Statement", (6136, 6208))
"""ACR Position Statement (DCM 112036)."""

InstitutionallyDefinedQualityControlStandard: Final[Code] = Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

ACRGuidelinePerformanceOfAdultCTColonography: Final[Code] = Code(
    "DCM", "112248", "ACR Guideline, Performance of Adult CT Colonography", (6208,)
)
"""ACR Guideline, Performance of Adult CT Colonography (DCM 112248)."""

ACRStandardCTMedicalPhysicsPerformanceMonitoring: Final[Code] = Code(
    "DCM", "112249", "ACR Standard, CT medical physics performance monitoring", (6208,)
)
"""ACR Standard, CT medical physics performance monitoring (DCM 112249)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ACRPositionStatement,
    InstitutionallyDefinedQualityControlStandard,
    ACRGuidelinePerformanceOfAdultCTColonography,
    ACRStandardCTMedicalPhysicsPerformanceMonitoring,
)
"""The resolved membership: own members, then those of the included groups, in order."""
