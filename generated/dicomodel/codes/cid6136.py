"""CID 6136 Chest Types of Quality Control Standard.

Extensible, version 20030108, UID 1.2.840.10008.6.1.456.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6136
NAME: _Final[str] = "Chest Types of Quality Control Standard"
KEYWORD: _Final[str | None] = "ChestTypesOfQualityControlStandard"
UID: _Final[str | None] = "1.2.840.10008.6.1.456"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PerformanceOfPediatricAndAdultChestRadiographyACR: _Final[_Code] = _Code(
    "DCM", "112035", "Performance of Pediatric and Adult Chest Radiography, ACR", (6136,)
)
"""Performance of Pediatric and Adult Chest Radiography, ACR (DCM 112035)."""

ACRPositionStatement: _Final[_Code] = _Code("DCM", "112036", "ACR Position Statement", (6136, 6208))
"""ACR Position Statement (DCM 112036)."""

InstitutionallyDefinedQualityControlStandard: _Final[_Code] = _Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

PerformanceOfPediatricAndAdultThoracicCT: _Final[_Code] = _Code(
    "DCM", "112184", "Performance of Pediatric and Adult Thoracic CT", (6136,)
)
"""Performance of Pediatric and Adult Thoracic CT (DCM 112184)."""

PerformanceOfCTForDetectionOfPulmonaryEmbolismInAdults: _Final[_Code] = _Code(
    "DCM", "112185", "Performance of CT for Detection of Pulmonary Embolism in Adults", (6136,)
)
"""Performance of CT for Detection of Pulmonary Embolism in Adults (DCM 112185)."""

PerformanceOfHighResolutionCTOfTheLungsInAdults: _Final[_Code] = _Code(
    "DCM", "112186", "Performance of High-Resolution CT of the Lungs in Adults", (6136,)
)
"""Performance of High-Resolution CT of the Lungs in Adults (DCM 112186)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PerformanceOfPediatricAndAdultChestRadiographyACR,
    ACRPositionStatement,
    InstitutionallyDefinedQualityControlStandard,
    PerformanceOfPediatricAndAdultThoracicCT,
    PerformanceOfCTForDetectionOfPulmonaryEmbolismInAdults,
    PerformanceOfHighResolutionCTOfTheLungsInAdults,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
