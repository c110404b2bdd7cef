"""CID 7152 Cardiac Structure Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.498.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Heart: _Final[_groups.Cid7152Code]
Aorta: _Final[_groups.Cid7152Code]
LeftVentricle: _Final[_groups.Cid7152Code]
RightVentricle: _Final[_groups.Cid7152Code]
Pericardium: _Final[_groups.Cid7152Code]
PericardialCavity: _Final[_groups.Cid7152Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7152Code]]
