"""CID 3484 IVUS Index/Ratio.

Extensible, version 20040614, UID 1.2.840.10008.6.1.119.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LumenEccentricityIndex: _Final[_groups.Cid3484Code]
PlaquePlusMediaEccentricityIndex: _Final[_groups.Cid3484Code]
RemodelingIndex: _Final[_groups.Cid3484Code]
StentSymmetryIndex: _Final[_groups.Cid3484Code]
StentExpansionIndex: _Final[_groups.Cid3484Code]
LumenShapeIndex: _Final[_groups.Cid3484Code]
LumenDiameterRatio: _Final[_groups.Cid3484Code]
StentDiameterRatio: _Final[_groups.Cid3484Code]
EEMDiameterRatio: _Final[_groups.Cid3484Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3484Code]]
