"""CID 6052 Breast Imaging Report Section Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.381.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6052
NAME: Final[str] = "Breast Imaging Report Section Title"
KEYWORD: Final[str | None] = "BreastImagingReportSectionTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.381"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200310"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PhysicalExaminationResults: Final[Code] = Code(
    "DCM", "111423", "Physical Examination Results", (6052, 6053)
)
"""Physical Examination Results (DCM 111423)."""

ComparisonToPreviousStudies: Final[Code] = Code(
    "DCM", "111424", "Comparison to previous studies", (6052, 6053)
)
"""Comparison to previous studies (DCM 111424)."""

Findings: Final[Code] = Code("LN", "59776-5", "Findings", (6052, 7001))
"""Findings (LN 59776-5)."""

Impressions: Final[Code] = Code("LN", "19005-8", "Impressions", (6052, 7001))
"""Impressions (LN 19005-8)."""

Recommendations: Final[Code] = Code("LN", "18783-1", "Recommendations", (6052, 7001))
"""Recommendations (LN 18783-1)."""

Conclusions: Final[Code] = Code("LN", "55110-1", "Conclusions", (6052, 7001))
"""Conclusions (LN 55110-1)."""

Addendum: Final[Code] = Code("LN", "55107-7", "Addendum", (6052, 7001))
"""Addendum (LN 55107-7)."""

BreastComposition: Final[Code] = Code("SCT", "129715009", "Breast composition", (6015, 6052, 6053))
"""Breast composition (SCT 129715009)."""

OverallAssessment: Final[Code] = Code("DCM", "111413", "Overall Assessment", (6052, 6053))
"""Overall Assessment (DCM 111413)."""

ProcedureReported: Final[Code] = Code("DCM", "121058", "Procedure reported", (6052, 6053))
"""Procedure reported (DCM 121058)."""

IndicationsForProcedure: Final[Code] = Code(
    "LN", "18785-6", "Indications for Procedure", (6052, 6053, 7001)
)
"""Indications for Procedure (LN 18785-6)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PhysicalExaminationResults,
    ComparisonToPreviousStudies,
    Findings,
    Impressions,
    Recommendations,
    Conclusions,
    Addendum,
    BreastComposition,
    OverallAssessment,
    ProcedureReported,
    IndicationsForProcedure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
