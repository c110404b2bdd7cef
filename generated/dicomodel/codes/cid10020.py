"""CID 10020 Source of Projection X-Ray Dose Information.

Extensible, version 20120406, UID 1.2.840.10008.6.1.1054.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10020
NAME: _Final[str] = "Source of Projection X-Ray Dose Information"
KEYWORD: _Final[str | None] = "SourceOfProjectionXRayDoseInformation"
UID: _Final[str | None] = "1.2.840.10008.6.1.1054"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120406"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AutomatedDataCollection: _Final[_Code] = _Code(
    "DCM", "113856", "Automated Data Collection", (10020, 10021)
)
"""Automated Data Collection (DCM 113856)."""

ManualEntry: _Final[_Code] = _Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

MPPSContent: _Final[_Code] = _Code("DCM", "113858", "MPPS Content", (10020,))
"""MPPS Content (DCM 113858)."""

Dosimeter: _Final[_Code] = _Code("SCT", "15869005", "Dosimeter", (10010, 10020))
"""Dosimeter (SCT 15869005)."""

CopiedFromImageAttributes: _Final[_Code] = _Code(
    "DCM", "113866", "Copied From Image Attributes", (10020, 10021)
)
"""Copied From Image Attributes (DCM 113866)."""

ComputedFromImageAttributes: _Final[_Code] = _Code(
    "DCM", "113867", "Computed From Image Attributes", (10020, 10021)
)
"""Computed From Image Attributes (DCM 113867)."""

DerivedFromHumanReadableReports: _Final[_Code] = _Code(
    "DCM", "113868", "Derived From Human-Readable Reports", (10020, 10021)
)
"""Derived From Human-Readable Reports (DCM 113868)."""

SystemCalculated: _Final[_Code] = _Code("DCM", "113940", "System Calculated", (10020,))
"""System Calculated (DCM 113940)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AutomatedDataCollection,
    ManualEntry,
    MPPSContent,
    Dosimeter,
    CopiedFromImageAttributes,
    ComputedFromImageAttributes,
    DerivedFromHumanReadableReports,
    SystemCalculated,
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
