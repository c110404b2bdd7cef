"""CID 6200 Colon Overall Assessment.

Extensible, version 20090402, UID 1.2.840.10008.6.1.787.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

C0InadequateStudyAwaitingPriorComparisons: _Final[_groups.Cid6200Code]
C1NormalColonOrBenignLesion: _Final[_groups.Cid6200Code]
C2IntermediatePolypOrIndeterminateFinding: _Final[_groups.Cid6200Code]
C3PolypPossiblyAdvancedAdenoma: _Final[_groups.Cid6200Code]
C4ColonicMassLikelyMalignant: _Final[_groups.Cid6200Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6200Code]]
