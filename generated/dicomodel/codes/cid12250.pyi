"""CID 12250 Cardiac Ultrasound Common Linear Measurement.

Extensible, version 20160314, UID 1.2.840.10008.6.1.831.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Length: _Final[_groups.Cid12250Code]
Diameter: _Final[_groups.Cid12250Code]
MajorAxis: _Final[_groups.Cid12250Code]
MinorAxis: _Final[_groups.Cid12250Code]
Circumference: _Final[_groups.Cid12250Code]
Radius: _Final[_groups.Cid12250Code]
ROIThicknessByUS: _Final[_groups.Cid12250Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12250Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12250Code]]
