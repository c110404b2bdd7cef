"""CID 9303 Interpretation Request Discontinuation Reason.

Extensible, version 20171122, UID 1.2.840.10008.6.1.1198.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9303
NAME: _Final[str] = "Interpretation Request Discontinuation Reason"
KEYWORD: _Final[str | None] = "InterpretationRequestDiscontinuationReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.1198"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20171122"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ResourcePreEmpted: _Final[_Code] = _Code("DCM", "110526", "Resource pre-empted", (9300, 9303))
"""Resource pre-empted (DCM 110526)."""

DoctorCanceledProcedure: _Final[_Code] = _Code(
    "DCM", "110500", "Doctor canceled procedure", (9301, 9303, 9561)
)
"""Doctor canceled procedure (DCM 110500)."""

IncorrectProcedureOrdered: _Final[_Code] = _Code(
    "DCM", "110502", "Incorrect procedure ordered", (9301, 9303)
)
"""Incorrect procedure ordered (DCM 110502)."""

PatientDied: _Final[_Code] = _Code("DCM", "110504", "Patient died", (9301, 9303, 9561))
"""Patient died (DCM 110504)."""

ChangeOfProcedureForCorrectCharging: _Final[_Code] = _Code(
    "DCM", "110509", "Change of procedure for correct charging", (9301, 9303)
)
"""Change of procedure for correct charging (DCM 110509)."""

DuplicateOrder: _Final[_Code] = _Code("DCM", "110510", "Duplicate order", (9301, 9302, 9303))
"""Duplicate order (DCM 110510)."""

DiscontinuedForUnspecifiedReason: _Final[_Code] = _Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513)."""

WorkitemAssignmentRejectedByAssignedResource: _Final[_Code] = _Code(
    "DCM", "110530", "Workitem assignment rejected by assigned resource", (9300, 9303)
)
"""Workitem assignment rejected by assigned resource (DCM 110530)."""

ObjectSetIncomplete: _Final[_Code] = _Code("DCM", "110523", "Object Set incomplete", (9302, 9303))
"""Object Set incomplete (DCM 110523)."""

InsufficientQualityForInterpretation: _Final[_Code] = _Code(
    "DCM", "110531", "Insufficient quality for interpretation", (9303,)
)
"""Insufficient quality for interpretation (DCM 110531)."""

InterpretationRequiresSpecialistExpertise: _Final[_Code] = _Code(
    "DCM", "110532", "Interpretation requires specialist expertise", (9303,)
)
"""Interpretation requires specialist expertise (DCM 110532)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ResourcePreEmpted,
    DoctorCanceledProcedure,
    IncorrectProcedureOrdered,
    PatientDied,
    ChangeOfProcedureForCorrectCharging,
    DuplicateOrder,
    DiscontinuedForUnspecifiedReason,
    WorkitemAssignmentRejectedByAssignedResource,
    ObjectSetIncomplete,
    InsufficientQualityForInterpretation,
    InterpretationRequiresSpecialistExpertise,
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
