"""CID 7182 Abstract Multi-dimensional Image Model Dimension Semantic.

Extensible, version 20100825, UID 1.2.840.10008.6.1.919.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LinearDisplacement: _Final[_groups.Cid7182Code]
PhotonEnergy: _Final[_groups.Cid7182Code]
Time: _Final[_groups.Cid7182Code]
Angle: _Final[_groups.Cid7182Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7182Code]]
