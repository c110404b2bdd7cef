"""CID 3671 Reason for ECG Study.

Extensible, version 20030327, UID 1.2.840.10008.6.1.186.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3671
NAME: _Final[str] = "Reason for ECG Study"
KEYWORD: _Final[str | None] = "ReasonForECGStudy"
UID: _Final[str | None] = "1.2.840.10008.6.1.186"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EmergencyProcedure: _Final[_Code] = _Code("SCT", "373110003", "Emergency procedure", (3671,))
"""Emergency procedure (SCT 373110003)."""

PreSurgeryTesting: _Final[_Code] = _Code("SCT", "110467000", "Pre-Surgery testing", (3671,))
"""Pre-Surgery testing (SCT 110467000)."""

OutpatientProcedure: _Final[_Code] = _Code("SCT", "371883000", "Outpatient procedure", (3671,))
"""Outpatient procedure (SCT 371883000)."""

ProcedureInCardiacCareUnit: _Final[_Code] = _Code(
    "SCT", "373111004", "Procedure in Cardiac Care Unit", (3671,)
)
"""Procedure in Cardiac Care Unit (SCT 373111004)."""

EmergencyDepartmentPatientVisit: _Final[_Code] = _Code(
    "SCT", "4525004", "Emergency Department patient visit", (3671,)
)
"""Emergency Department patient visit (SCT 4525004)."""

EvaluationOfMurmur: _Final[_Code] = _Code("SCT", "373112006", "Evaluation of murmur", (3671, 12246))
"""Evaluation of murmur (SCT 373112006)."""

RoutineProcedure: _Final[_Code] = _Code("SCT", "373113001", "Routine procedure", (3671,))
"""Routine procedure (SCT 373113001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EmergencyProcedure,
    PreSurgeryTesting,
    OutpatientProcedure,
    ProcedureInCardiacCareUnit,
    EmergencyDepartmentPatientVisit,
    EvaluationOfMurmur,
    RoutineProcedure,
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
