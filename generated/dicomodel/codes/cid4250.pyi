"""CID 4250 Visual Field Static Perimetry Test Pattern.

Extensible, version 20100827, UID 1.2.840.10008.6.1.909.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VisualField24To2TestPattern: _Final[_groups.Cid4250Code]
VisualField10To2TestPattern: _Final[_groups.Cid4250Code]
VisualField30To2TestPattern: _Final[_groups.Cid4250Code]
VisualField60To4TestPattern: _Final[_groups.Cid4250Code]
VisualFieldMaculaTestPattern: _Final[_groups.Cid4250Code]
VisualFieldCentral40PointTestPattern: _Final[_groups.Cid4250Code]
VisualFieldCentral76PointTestPattern: _Final[_groups.Cid4250Code]
VisualFieldPeripheral60PointTestPattern: _Final[_groups.Cid4250Code]
VisualFieldFullField81PointTestPattern: _Final[_groups.Cid4250Code]
VisualFieldFullField120PointTestPattern: _Final[_groups.Cid4250Code]
VisualFieldGTestPattern: _Final[_groups.Cid4250Code]
VisualFieldMTestPattern: _Final[_groups.Cid4250Code]
VisualField07TestPattern: _Final[_groups.Cid4250Code]
VisualFieldLVCTestPattern: _Final[_groups.Cid4250Code]
VisualFieldCentralTestPattern: _Final[_groups.Cid4250Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4250Code]]
