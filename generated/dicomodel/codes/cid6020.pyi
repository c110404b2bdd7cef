"""CID 6020 Quadrant Location.

Extensible, version 20020904, UID 1.2.840.10008.6.1.350.
Includes CID 6021.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

UpperOuterQuadrantOfBreast: _Final[_groups.Cid6020Code]
UpperInnerQuadrantOfBreast: _Final[_groups.Cid6020Code]
LowerOuterQuadrantOfBreast: _Final[_groups.Cid6020Code]
LowerInnerQuadrantOfBreast: _Final[_groups.Cid6020Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6020Code]]
