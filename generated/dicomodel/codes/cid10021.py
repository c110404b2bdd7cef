"""CID 10021 Source of CT Dose Information.

Extensible, version 20081028, UID 1.2.840.10008.6.1.1055.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10021
NAME: Final[str] = "Source of CT Dose Information"
KEYWORD: Final[str | None] = "SourceOfCTDoseInformation"
UID: Final[str | None] = "1.2.840.10008.6.1.1055"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20081028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AutomatedDataCollection: Final[Code] = Code(
    "DCM", "113856", "Automated Data Collection", (10020, 10021)
)
"""Automated Data Collection (DCM 113856)."""

ManualEntry: Final[Code] = Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

CopiedFromImageAttributes: Final[Code] = Code(
    "DCM", "113866", "Copied From Image Attributes", (10020, 10021)
)
"""Copied From Image Attributes (DCM 113866)."""

ComputedFromImageAttributes: Final[Code] = Code(
    "DCM", "113867", "Computed From Image Attributes", (10020, 10021)
)
"""Computed From Image Attributes (DCM 113867)."""

DerivedFromHumanReadableReports: Final[Code] = Code(
    "DCM", "113868", "Derived From Human-Readable Reports", (10020, 10021)
)
"""Derived From Human-Readable Reports (DCM 113868)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AutomatedDataCollection,
    ManualEntry,
    CopiedFromImageAttributes,
    ComputedFromImageAttributes,
    DerivedFromHumanReadableReports,
)
"""The resolved membership: own members, then those of the included groups, in order."""
