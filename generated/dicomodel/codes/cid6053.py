"""CID 6053 Breast Imaging Report Element.

Extensible, version 20200310, UID 1.2.840.10008.6.1.382.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6053
NAME: Final[str] = "Breast Imaging Report Element"
KEYWORD: Final[str | None] = "BreastImagingReportElement"
UID: Final[str | None] = "1.2.840.10008.6.1.382"
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

Finding: Final[Code] = Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

Impression: Final[Code] = Code("DCM", "121073", "Impression", (3419, 6053, 7002))
"""Impression (DCM 121073)."""

Recommendation: Final[Code] = Code("DCM", "121075", "Recommendation", (3419, 6053, 7002))
"""Recommendation (DCM 121075)."""

Conclusion: Final[Code] = Code("DCM", "121077", "Conclusion", (6053, 7002))
"""Conclusion (DCM 121077)."""

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
    Finding,
    Impression,
    Recommendation,
    Conclusion,
    BreastComposition,
    OverallAssessment,
    ProcedureReported,
    IndicationsForProcedure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
