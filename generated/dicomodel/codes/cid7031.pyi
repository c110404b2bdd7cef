"""CID 7031 Reason for Removal from Operational Use.

Extensible, version 20220624, UID 1.2.840.10008.6.1.1446.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RejectedForQualityReasons: _Final[_groups.Cid7031Code]
RejectedForPatientSafetyReasons: _Final[_groups.Cid7031Code]
IncorrectModalityWorklistEntry: _Final[_groups.Cid7031Code]
DataRetentionPolicyExpired: _Final[_groups.Cid7031Code]
QualityControlIntent: _Final[_groups.Cid7031Code]
DataNotAccessibleFromStorage: _Final[_groups.Cid7031Code]
ProcessedKeyObjectSelection: _Final[_groups.Cid7031Code]
ReplacedByAlternateRepresentation: _Final[_groups.Cid7031Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7031Code]]
