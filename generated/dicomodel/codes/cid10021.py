"""CID 10021 Source of CT Dose Information.

Extensible, version 20081028, UID 1.2.840.10008.6.1.1055.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10021
NAME: _Final[str] = "Source of CT Dose Information"
KEYWORD: _Final[str | None] = "SourceOfCTDoseInformation"
UID: _Final[str | None] = "1.2.840.10008.6.1.1055"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AutomatedDataCollection: _Final[_Code] = _Code(
    "DCM", "113856", "Automated Data Collection", (10020, 10021)
)
"""Automated Data Collection (DCM 113856)."""

ManualEntry: _Final[_Code] = _Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

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

MEMBERS: _Final[tuple[_Code, ...]] = (
    AutomatedDataCollection,
    ManualEntry,
    CopiedFromImageAttributes,
    ComputedFromImageAttributes,
    DerivedFromHumanReadableReports,
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
