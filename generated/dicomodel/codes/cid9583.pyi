"""CID 9583 RT Plan Radiotherapy Procedure Technique.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1486.
Includes CID 9511, CID 9512.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StaticBeam: _Final[_groups.Cid9583Code]
ArcBeam: _Final[_groups.Cid9583Code]
ConformalArcBeam: _Final[_groups.Cid9583Code]
StepAndShootBeam: _Final[_groups.Cid9583Code]
SlidingWindowBeam: _Final[_groups.Cid9583Code]
VMAT: _Final[_groups.Cid9583Code]
HelicalBeam: _Final[_groups.Cid9583Code]
TopographicBeam: _Final[_groups.Cid9583Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9583Code]]
