"""CID 7185 Abstract Multi-dimensional Image Model Axis Orientation.

Extensible, version 20100825, UID 1.2.840.10008.6.1.922.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RightToLeft: _Final[_groups.Cid7185Code]
LeftToRight: _Final[_groups.Cid7185Code]
HeadToFoot: _Final[_groups.Cid7185Code]
FootToHead: _Final[_groups.Cid7185Code]
AnteriorToPosterior: _Final[_groups.Cid7185Code]
PosteriorToAnterior: _Final[_groups.Cid7185Code]
ApexToBase: _Final[_groups.Cid7185Code]
BaseToApex: _Final[_groups.Cid7185Code]
AnteriorToInferior: _Final[_groups.Cid7185Code]
InferiorToAnterior: _Final[_groups.Cid7185Code]
SeptumToWall: _Final[_groups.Cid7185Code]
WallToSeptum: _Final[_groups.Cid7185Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7185Code]]
