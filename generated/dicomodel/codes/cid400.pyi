"""CID 400 Audit Event ID.

Extensible, version 20170416, UID 1.2.840.10008.6.1.903.

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
ApplicationActivity: _Final[_Code]
AuditLogUsed: _Final[_Code]
BeginTransferringDICOMInstances: _Final[_Code]
DICOMInstancesAccessed: _Final[_Code]
DICOMInstancesTransferred: _Final[_Code]
DICOMStudyDeleted: _Final[_Code]
Export: _Final[_Code]
Import: _Final[_Code]
NetworkEntry: _Final[_Code]
OrderRecord: _Final[_Code]
PatientRecord: _Final[_Code]
ProcedureRecord: _Final[_Code]
Query: _Final[_Code]
SecurityAlert: _Final[_Code]
UserAuthentication: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
