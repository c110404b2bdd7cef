"""CID 3671 Reason for ECG Study.

Extensible, version 20030327, UID 1.2.840.10008.6.1.186.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
EmergencyProcedure: _Final[_groups.Cid3671Code]
PreSurgeryTesting: _Final[_groups.Cid3671Code]
OutpatientProcedure: _Final[_groups.Cid3671Code]
ProcedureInCardiacCareUnit: _Final[_groups.Cid3671Code]
EmergencyDepartmentPatientVisit: _Final[_groups.Cid3671Code]
EvaluationOfMurmur: _Final[_groups.Cid3671Code]
RoutineProcedure: _Final[_groups.Cid3671Code]
MEMBERS: _Final[tuple[_groups.Cid3671Code, ...]]
