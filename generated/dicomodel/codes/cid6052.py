"""CID 6052 Breast Imaging Report Section Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.381.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6052
NAME: _Final[str] = "Breast Imaging Report Section Title"
KEYWORD: _Final[str | None] = "BreastImagingReportSectionTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.381"
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

Findings: _Final[_Code] = _Code("LN", "59776-5", "Findings", (6052, 7001))
"""Findings (LN 59776-5)."""

Impressions: _Final[_Code] = _Code("LN", "19005-8", "Impressions", (6052, 7001))
"""Impressions (LN 19005-8)."""

Recommendations: _Final[_Code] = _Code("LN", "18783-1", "Recommendations", (6052, 7001))
"""Recommendations (LN 18783-1)."""

Conclusions: _Final[_Code] = _Code("LN", "55110-1", "Conclusions", (6052, 7001))
"""Conclusions (LN 55110-1)."""

Addendum: _Final[_Code] = _Code("LN", "55107-7", "Addendum", (6052, 7001))
"""Addendum (LN 55107-7)."""

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
