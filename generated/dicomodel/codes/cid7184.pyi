"""CID 7184 Abstract Multi-dimensional Image Model Axis Direction.

Extensible, version 20100825, UID 1.2.840.10008.6.1.921.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftRightAxis: _Final[_groups.Cid7184Code]
HeadFootAxis: _Final[_groups.Cid7184Code]
AnteriorPosteriorAxis: _Final[_groups.Cid7184Code]
ApexBaseAxis: _Final[_groups.Cid7184Code]
AnteriorInferiorAxis: _Final[_groups.Cid7184Code]
SeptumWallAxis: _Final[_groups.Cid7184Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7184Code]]
