"""CID 3671 Reason for ECG Study.

Extensible, version 20030327, UID 1.2.840.10008.6.1.186.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
EmergencyProcedure: _Final[_Code]
PreSurgeryTesting: _Final[_Code]
OutpatientProcedure: _Final[_Code]
ProcedureInCardiacCareUnit: _Final[_Code]
EmergencyDepartmentPatientVisit: _Final[_Code]
EvaluationOfMurmur: _Final[_Code]
RoutineProcedure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
