"""CID 12251 Cardiac Ultrasound Linear Valve Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.832.
Includes CID 12250.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DEExcursion: _Final[_groups.Cid12251Code]
LeafletSeparation: _Final[_groups.Cid12251Code]
LeafletThickness: _Final[_groups.Cid12251Code]
CEDistance: _Final[_groups.Cid12251Code]
Length: _Final[_groups.Cid12251Code]
Diameter: _Final[_groups.Cid12251Code]
MajorAxis: _Final[_groups.Cid12251Code]
MinorAxis: _Final[_groups.Cid12251Code]
Circumference: _Final[_groups.Cid12251Code]
Radius: _Final[_groups.Cid12251Code]
ROIThicknessByUS: _Final[_groups.Cid12251Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12251Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12251Code]]
