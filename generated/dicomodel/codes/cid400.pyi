"""CID 400 Audit Event ID.

Extensible, version 20170416, UID 1.2.840.10008.6.1.903.

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
ApplicationActivity: _Final[_groups.Cid400Code]
AuditLogUsed: _Final[_groups.Cid400Code]
BeginTransferringDICOMInstances: _Final[_groups.Cid400Code]
DICOMInstancesAccessed: _Final[_groups.Cid400Code]
DICOMInstancesTransferred: _Final[_groups.Cid400Code]
DICOMStudyDeleted: _Final[_groups.Cid400Code]
Export: _Final[_groups.Cid400Code]
Import: _Final[_groups.Cid400Code]
NetworkEntry: _Final[_groups.Cid400Code]
OrderRecord: _Final[_groups.Cid400Code]
PatientRecord: _Final[_groups.Cid400Code]
ProcedureRecord: _Final[_groups.Cid400Code]
Query: _Final[_groups.Cid400Code]
SecurityAlert: _Final[_groups.Cid400Code]
UserAuthentication: _Final[_groups.Cid400Code]
MEMBERS: _Final[tuple[_groups.Cid400Code, ...]]
