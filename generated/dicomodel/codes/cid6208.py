"""CID 6208 Colon Types of Quality Control Standard.

Extensible, version 20090402, UID 1.2.840.10008.6.1.795.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6208
NAME: _Final[str] = "Colon Types of Quality Control Standard"
KEYWORD: _Final[str | None] = "ColonTypesOfQualityControlStandard"
UID: _Final[str | None] = "1.2.840.10008.6.1.795"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ACRPositionStatement: _Final[_Code] = _Code("DCM", "112036", "ACR Position Statement", (6136, 6208))
"""ACR Position Statement (DCM 112036)."""

InstitutionallyDefinedQualityControlStandard: _Final[_Code] = _Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

ACRGuidelinePerformanceOfAdultCTColonography: _Final[_Code] = _Code(
    "DCM", "112248", "ACR Guideline, Performance of Adult CT Colonography", (6208,)
)
"""ACR Guideline, Performance of Adult CT Colonography (DCM 112248)."""

ACRStandardCTMedicalPhysicsPerformanceMonitoring: _Final[_Code] = _Code(
    "DCM", "112249", "ACR Standard, CT medical physics performance monitoring", (6208,)
)
"""ACR Standard, CT medical physics performance monitoring (DCM 112249)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ACRPositionStatement,
    InstitutionallyDefinedQualityControlStandard,
    ACRGuidelinePerformanceOfAdultCTColonography,
    ACRStandardCTMedicalPhysicsPerformanceMonitoring,
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
