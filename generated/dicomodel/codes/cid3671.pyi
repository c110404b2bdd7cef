"""CID 3671 Reason for ECG Study.

Extensible, version 20030327, UID 1.2.840.10008.6.1.186.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EmergencyProcedure: _Final[_groups.Cid3671Code]
PreSurgeryTesting: _Final[_groups.Cid3671Code]
OutpatientProcedure: _Final[_groups.Cid3671Code]
ProcedureInCardiacCareUnit: _Final[_groups.Cid3671Code]
EmergencyDepartmentPatientVisit: _Final[_groups.Cid3671Code]
EvaluationOfMurmur: _Final[_groups.Cid3671Code]
RoutineProcedure: _Final[_groups.Cid3671Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3671Code]]
