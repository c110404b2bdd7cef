"""CID 12277 Cardiac Ultrasound Pericardium and Pleura Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.858.
Includes CID 12250.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Length: _Final[_groups.Cid12277Code]
Diameter: _Final[_groups.Cid12277Code]
MajorAxis: _Final[_groups.Cid12277Code]
MinorAxis: _Final[_groups.Cid12277Code]
Circumference: _Final[_groups.Cid12277Code]
Radius: _Final[_groups.Cid12277Code]
ROIThicknessByUS: _Final[_groups.Cid12277Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12277Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12277Code]]
