"""CID 6143 Lesion Response.

Extensible, version 20030108, UID 1.2.840.10008.6.1.463.
Includes CID 6144.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TargetLesionCompleteResponse: _Final[_groups.Cid6143Code]
TargetLesionPartialResponse: _Final[_groups.Cid6143Code]
TargetLesionProgressiveDisease: _Final[_groups.Cid6143Code]
TargetLesionStableDisease: _Final[_groups.Cid6143Code]
NonTargetLesionCompleteResponse: _Final[_groups.Cid6143Code]
NonTargetLesionIncompleteResponseOrStableDisease: _Final[_groups.Cid6143Code]
NonTargetLesionProgressiveDisease: _Final[_groups.Cid6143Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6143Code]]
