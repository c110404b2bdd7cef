"""CID 6029 Recommended Follow-up from BI-RADS®.

Extensible, version 20160314, UID 1.2.840.10008.6.1.359.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6029
NAME: _Final[str] = "Recommended Follow-up from BI-RADS®"
KEYWORD: _Final[str | None] = "RecommendedFollowupFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.359"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AdditionalProjections: _Final[_Code] = _Code("DCM", "111135", "Additional projections", (6029,))
"""Additional projections (DCM 111135)."""

MagnificationViews: _Final[_Code] = _Code("SCT", "399163009", "Magnification views", (4015, 6029))
"""Magnification views (SCT 399163009)."""

SpotCompression: _Final[_Code] = _Code("SCT", "399055006", "Spot compression", (4015, 6029))
"""Spot compression (SCT 399055006)."""

SpotMagnificationViews: _Final[_Code] = _Code(
    "DCM", "111136", "Spot magnification view(s)", (6029,)
)
"""Spot magnification view(s) (DCM 111136)."""

DiagnosticUltrasonography: _Final[_Code] = _Code(
    "SCT", "16310003", "Diagnostic ultrasonography", (6029,)
)
"""Diagnostic ultrasonography (SCT 16310003)."""

OldFilmsForComparison: _Final[_Code] = _Code("DCM", "111138", "Old films for comparison", (6029,))
"""Old films for comparison (DCM 111138)."""

MammaryDuctogram: _Final[_Code] = _Code("SCT", "18102001", "Mammary ductogram", (6029, 6050))
"""Mammary ductogram (SCT 18102001)."""

NormalIntervalFollowUp: _Final[_Code] = _Code("DCM", "111140", "Normal interval follow-up", (6029,))
"""Normal interval follow-up (DCM 111140)."""

AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment: _Final[_Code] = _Code(
    "DCM", "111141", "Any decision to biopsy should be based on clinical assessment", (6029,)
)
"""Any decision to biopsy should be based on clinical assessment (DCM 111141)."""

FollowUpAtShortInterval111Months: _Final[_Code] = _Code(
    "DCM", "111142", "Follow-up at short interval (1-11 months)", (6029,)
)
"""Follow-up at short interval (1-11 months) (DCM 111142)."""

BiopsyShouldBeConsidered: _Final[_Code] = _Code(
    "DCM", "111143", "Biopsy should be considered", (6029,)
)
"""Biopsy should be considered (DCM 111143)."""

NeedleLocalizationAndBiopsy: _Final[_Code] = _Code(
    "DCM", "111144", "Needle localization and biopsy", (6029, 6061)
)
"""Needle localization and biopsy (DCM 111144)."""

HistologyUsingCoreBiopsy: _Final[_Code] = _Code(
    "DCM", "111145", "Histology using core biopsy", (6029,)
)
"""Histology using core biopsy (DCM 111145)."""

SuggestiveOfMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111146", "Suggestive of malignancy - take appropriate action", (6029,)
)
"""Suggestive of malignancy - take appropriate action (DCM 111146)."""

CytologicAnalysis: _Final[_Code] = _Code("DCM", "111147", "Cytologic analysis", (6029,))
"""Cytologic analysis (DCM 111147)."""

BiopsyShouldBeStronglyConsidered: _Final[_Code] = _Code(
    "DCM", "111148", "Biopsy should be strongly considered", (6029,)
)
"""Biopsy should be strongly considered (DCM 111148)."""

HighlySuggestiveOfMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111149", "Highly suggestive of malignancy - take appropriate action", (6029,)
)
"""Highly suggestive of malignancy - take appropriate action (DCM 111149)."""

KnownBiopsyProvenMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111122", "Known biopsy proven malignancy - take appropriate action", (6029,)
)
"""Known biopsy proven malignancy - take appropriate action (DCM 111122)."""

MRIOfBreast: _Final[_Code] = _Code("SCT", "241615005", "MRI of breast", (6029, 6050))
"""MRI of breast (SCT 241615005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AdditionalProjections,
    MagnificationViews,
    SpotCompression,
    SpotMagnificationViews,
    DiagnosticUltrasonography,
    OldFilmsForComparison,
    MammaryDuctogram,
    NormalIntervalFollowUp,
    AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment,
    FollowUpAtShortInterval111Months,
    BiopsyShouldBeConsidered,
    NeedleLocalizationAndBiopsy,
    HistologyUsingCoreBiopsy,
    SuggestiveOfMalignancyTakeAppropriateAction,
    CytologicAnalysis,
    BiopsyShouldBeStronglyConsidered,
    HighlySuggestiveOfMalignancyTakeAppropriateAction,
    KnownBiopsyProvenMalignancyTakeAppropriateAction,
    MRIOfBreast,
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
