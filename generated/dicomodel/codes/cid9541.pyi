"""CID 9541 Beam Limiting Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1288.
Includes CID 9540, CID 9545.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

JawPair: _Final[_groups.Cid9541Code]
LeafPairs: _Final[_groups.Cid9541Code]
VariableCircularCollimator: _Final[_groups.Cid9541Code]
SingleLeaves: _Final[_groups.Cid9541Code]
ElectronFixedAperture: _Final[_groups.Cid9541Code]
PhotonFixedAperture: _Final[_groups.Cid9541Code]
IntraoperativeFixedAperture: _Final[_groups.Cid9541Code]
ShieldingBlock: _Final[_groups.Cid9541Code]
ApertureBlock: _Final[_groups.Cid9541Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9541Code]]
