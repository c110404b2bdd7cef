"""CID 6028 Mammography Recommended Follow-up.

Extensible, version 20020904, UID 1.2.840.10008.6.1.358.
Includes CID 6029.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6028
NAME: _Final[str] = "Mammography Recommended Follow-up"
KEYWORD: _Final[str | None] = "MammographyRecommendedFollowup"
UID: _Final[str | None] = "1.2.840.10008.6.1.358"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6029,)
EXTERNAL_SCHEME: _Final[str | None] = None

FollowUpPostBiopsyAsDirectedByClinician: _Final[_Code] = _Code(
    "DCM", "111121", "Follow-up post biopsy as directed by clinician", (6028,)
)
"""Follow-up post biopsy as directed by clinician (DCM 111121)."""

NuclearMedicineProcedure: _Final[_Code] = _Code(
    "SCT", "371572003", "Nuclear medicine procedure", (6028,)
)
"""Nuclear medicine procedure (SCT 371572003)."""

EvaluationProcedure: _Final[_Code] = _Code("SCT", "386053000", "Evaluation procedure", (6028,))
"""Evaluation procedure (SCT 386053000)."""

SurgicalConsult: _Final[_Code] = _Code("DCM", "111410", "Surgical consult", (6028, 6050))
"""Surgical consult (DCM 111410)."""

AdditionalProjections: _Final[_Code] = _Code("DCM", "111135", "Additional projections", (6029,))
"""Additional projections (DCM 111135). Included from CID 6029."""

MagnificationViews: _Final[_Code] = _Code("SCT", "399163009", "Magnification views", (4015, 6029))
"""Magnification views (SCT 399163009). Included from CID 6029."""

SpotCompression: _Final[_Code] = _Code("SCT", "399055006", "Spot compression", (4015, 6029))
"""Spot compression (SCT 399055006). Included from CID 6029."""

SpotMagnificationViews: _Final[_Code] = _Code(
    "DCM", "111136", "Spot magnification view(s)", (6029,)
)
"""Spot magnification view(s) (DCM 111136). Included from CID 6029."""

DiagnosticUltrasonography: _Final[_Code] = _Code(
    "SCT", "16310003", "Diagnostic ultrasonography", (6029,)
)
"""Diagnostic ultrasonography (SCT 16310003). Included from CID 6029."""

OldFilmsForComparison: _Final[_Code] = _Code("DCM", "111138", "Old films for comparison", (6029,))
"""Old films for comparison (DCM 111138). Included from CID 6029."""

MammaryDuctogram: _Final[_Code] = _Code("SCT", "18102001", "Mammary ductogram", (6029, 6050))
"""Mammary ductogram (SCT 18102001). Included from CID 6029."""

NormalIntervalFollowUp: _Final[_Code] = _Code("DCM", "111140", "Normal interval follow-up", (6029,))
"""Normal interval follow-up (DCM 111140). Included from CID 6029."""

AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment: _Final[_Code] = _Code(
    "DCM", "111141", "Any decision to biopsy should be based on clinical assessment", (6029,)
)
"""Any decision to biopsy should be based on clinical assessment (DCM 111141). Included from CID 6029."""

FollowUpAtShortInterval111Months: _Final[_Code] = _Code(
    "DCM", "111142", "Follow-up at short interval (1-11 months)", (6029,)
)
"""Follow-up at short interval (1-11 months) (DCM 111142). Included from CID 6029."""

BiopsyShouldBeConsidered: _Final[_Code] = _Code(
    "DCM", "111143", "Biopsy should be considered", (6029,)
)
"""Biopsy should be considered (DCM 111143). Included from CID 6029."""

NeedleLocalizationAndBiopsy: _Final[_Code] = _Code(
    "DCM", "111144", "Needle localization and biopsy", (6029, 6061)
)
"""Needle localization and biopsy (DCM 111144). Included from CID 6029."""

HistologyUsingCoreBiopsy: _Final[_Code] = _Code(
    "DCM", "111145", "Histology using core biopsy", (6029,)
)
"""Histology using core biopsy (DCM 111145). Included from CID 6029."""

SuggestiveOfMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111146", "Suggestive of malignancy - take appropriate action", (6029,)
)
"""Suggestive of malignancy - take appropriate action (DCM 111146). Included from CID 6029."""

CytologicAnalysis: _Final[_Code] = _Code("DCM", "111147", "Cytologic analysis", (6029,))
"""Cytologic analysis (DCM 111147). Included from CID 6029."""

BiopsyShouldBeStronglyConsidered: _Final[_Code] = _Code(
    "DCM", "111148", "Biopsy should be strongly considered", (6029,)
)
"""Biopsy should be strongly considered (DCM 111148). Included from CID 6029."""

HighlySuggestiveOfMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111149", "Highly suggestive of malignancy - take appropriate action", (6029,)
)
"""Highly suggestive of malignancy - take appropriate action (DCM 111149). Included from CID 6029."""

KnownBiopsyProvenMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111122", "Known biopsy proven malignancy - take appropriate action", (6029,)
)
"""Known biopsy proven malignancy - take appropriate action (DCM 111122). Included from CID 6029."""

MRIOfBreast: _Final[_Code] = _Code("SCT", "241615005", "MRI of breast", (6029, 6050))
"""MRI of breast (SCT 241615005). Included from CID 6029."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FollowUpPostBiopsyAsDirectedByClinician,
    NuclearMedicineProcedure,
    EvaluationProcedure,
    SurgicalConsult,
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
