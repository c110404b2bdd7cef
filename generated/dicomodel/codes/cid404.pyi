"""CID 404 Audit Participant Object ID Type Code.

Extensible, version 20100621, UID 1.2.840.10008.6.1.907.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StudyInstanceUID: _Final[_groups.Cid404Code]
SOPClassUID: _Final[_groups.Cid404Code]
NodeID: _Final[_groups.Cid404Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid404Code]]
