"""CID 6053 Breast Imaging Report Element.

Extensible, version 20200310, UID 1.2.840.10008.6.1.382.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6053
NAME: _Final[str] = "Breast Imaging Report Element"
KEYWORD: _Final[str | None] = "BreastImagingReportElement"
UID: _Final[str | None] = "1.2.840.10008.6.1.382"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PhysicalExaminationResults: _Final[_Code] = _Code(
    "DCM", "111423", "Physical Examination Results", (6052, 6053)
)
"""Physical Examination Results (DCM 111423)."""

ComparisonToPreviousStudies: _Final[_Code] = _Code(
    "DCM", "111424", "Comparison to previous studies", (6052, 6053)
)
"""Comparison to previous studies (DCM 111424)."""

Finding: _Final[_Code] = _Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

Impression: _Final[_Code] = _Code("DCM", "121073", "Impression", (3419, 6053, 7002))
"""Impression (DCM 121073)."""

Recommendation: _Final[_Code] = _Code("DCM", "121075", "Recommendation", (3419, 6053, 7002))
"""Recommendation (DCM 121075)."""

Conclusion: _Final[_Code] = _Code("DCM", "121077", "Conclusion", (6053, 7002))
"""Conclusion (DCM 121077)."""

BreastComposition: _Final[_Code] = _Code(
    "SCT", "129715009", "Breast composition", (6015, 6052, 6053)
)
"""Breast composition (SCT 129715009)."""

OverallAssessment: _Final[_Code] = _Code("DCM", "111413", "Overall Assessment", (6052, 6053))
"""Overall Assessment (DCM 111413)."""

ProcedureReported: _Final[_Code] = _Code("DCM", "121058", "Procedure reported", (6052, 6053))
"""Procedure reported (DCM 121058)."""

IndicationsForProcedure: _Final[_Code] = _Code(
    "LN", "18785-6", "Indications for Procedure", (6052, 6053, 7001)
)
"""Indications for Procedure (LN 18785-6)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
