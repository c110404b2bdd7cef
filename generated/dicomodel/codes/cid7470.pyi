"""CID 7470 Linear Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.524.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Length: _Final[_groups.Cid7470Code]
PathLength: _Final[_groups.Cid7470Code]
Distance: _Final[_groups.Cid7470Code]
Width: _Final[_groups.Cid7470Code]
Depth: _Final[_groups.Cid7470Code]
Diameter: _Final[_groups.Cid7470Code]
LongAxis: _Final[_groups.Cid7470Code]
ShortAxis: _Final[_groups.Cid7470Code]
MajorAxis: _Final[_groups.Cid7470Code]
MinorAxis: _Final[_groups.Cid7470Code]
PerpendicularAxis: _Final[_groups.Cid7470Code]
Radius: _Final[_groups.Cid7470Code]
Perimeter: _Final[_groups.Cid7470Code]
Circumference: _Final[_groups.Cid7470Code]
DiameterOfCircumscribedCircle: _Final[_groups.Cid7470Code]
Height: _Final[_groups.Cid7470Code]
LineSegmentLength: _Final[_groups.Cid7470Code]
Maximum3DDiameterOfAMesh: _Final[_groups.Cid7470Code]
MajorAxisIn3DLength: _Final[_groups.Cid7470Code]
MinorAxisIn3DLength: _Final[_groups.Cid7470Code]
LeastAxisIn3DLength: _Final[_groups.Cid7470Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7470Code]]
