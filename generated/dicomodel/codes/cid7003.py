"""CID 7003 Diagnostic Imaging Report Purpose of Reference.

Extensible, version 20100604, UID 1.2.840.10008.6.1.484.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7003
NAME: Final[str] = "Diagnostic Imaging Report Purpose of Reference"
KEYWORD: Final[str | None] = "DiagnosticImagingReportPurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.484"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100604"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Baseline: Final[Code] = Code("DCM", "121079", "Baseline", (280, 7003))
"""Baseline (DCM 121079)."""

BestIllustrationOfFinding: Final[Code] = Code(
    "DCM", "121080", "Best illustration of finding", (7003,)
)
"""Best illustration of finding (DCM 121080)."""

SourceOfMeasurement: Final[Code] = Code("DCM", "121112", "Source of Measurement", (7003, 7552))
"""Source of Measurement (DCM 121112)."""

IllustrationOfROI: Final[Code] = Code("DCM", "121200", "Illustration of ROI", (7003,))
"""Illustration of ROI (DCM 121200)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Baseline,
    BestIllustrationOfFinding,
    SourceOfMeasurement,
    IllustrationOfROI,
)
"""The resolved membership: own members, then those of the included groups, in order."""
