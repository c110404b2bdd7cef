"""CID 6144 RECIST Defined Lesion Response.

Extensible, version 20030108, UID 1.2.840.10008.6.1.464.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TargetLesionCompleteResponse: _Final[_groups.Cid6144Code]
TargetLesionPartialResponse: _Final[_groups.Cid6144Code]
TargetLesionProgressiveDisease: _Final[_groups.Cid6144Code]
TargetLesionStableDisease: _Final[_groups.Cid6144Code]
NonTargetLesionCompleteResponse: _Final[_groups.Cid6144Code]
NonTargetLesionIncompleteResponseOrStableDisease: _Final[_groups.Cid6144Code]
NonTargetLesionProgressiveDisease: _Final[_groups.Cid6144Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6144Code]]
