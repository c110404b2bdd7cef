"""CID 9511 General External Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1221.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StaticBeam: _Final[_groups.Cid9511Code]
ArcBeam: _Final[_groups.Cid9511Code]
ConformalArcBeam: _Final[_groups.Cid9511Code]
StepAndShootBeam: _Final[_groups.Cid9511Code]
SlidingWindowBeam: _Final[_groups.Cid9511Code]
VMAT: _Final[_groups.Cid9511Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9511Code]]
