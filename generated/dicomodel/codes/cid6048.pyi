"""CID 6048 CAD Operating Point Axis Label.

Extensible, version 20060612, UID 1.2.840.10008.6.1.378.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CertaintyOfFinding: _Final[_groups.Cid6048Code]
ProbabilityOfCancer: _Final[_groups.Cid6048Code]
FalseMarkersPerImage: _Final[_groups.Cid6048Code]
FalseMarkersPerCase: _Final[_groups.Cid6048Code]
CaseSensitivity: _Final[_groups.Cid6048Code]
LesionSensitivity: _Final[_groups.Cid6048Code]
CaseSpecificity: _Final[_groups.Cid6048Code]
ImageSpecificity: _Final[_groups.Cid6048Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6048Code]]
