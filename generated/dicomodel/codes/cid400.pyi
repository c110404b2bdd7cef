"""CID 400 Audit Event ID.

Extensible, version 20170416, UID 1.2.840.10008.6.1.903.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid400Code]]
