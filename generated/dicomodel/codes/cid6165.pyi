"""CID 6165 Breast Linear Measurement.

Extensible, version 20050822, UID 1.2.840.10008.6.1.479.
Includes CID 7470.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DistanceFromNipple: _Final[_groups.Cid6165Code]
DistanceFromSkin: _Final[_groups.Cid6165Code]
DistanceFromChestWall: _Final[_groups.Cid6165Code]
Length: _Final[_groups.Cid6165Code]
PathLength: _Final[_groups.Cid6165Code]
Distance: _Final[_groups.Cid6165Code]
Width: _Final[_groups.Cid6165Code]
Depth: _Final[_groups.Cid6165Code]
Diameter: _Final[_groups.Cid6165Code]
LongAxis: _Final[_groups.Cid6165Code]
ShortAxis: _Final[_groups.Cid6165Code]
MajorAxis: _Final[_groups.Cid6165Code]
MinorAxis: _Final[_groups.Cid6165Code]
PerpendicularAxis: _Final[_groups.Cid6165Code]
Radius: _Final[_groups.Cid6165Code]
Perimeter: _Final[_groups.Cid6165Code]
Circumference: _Final[_groups.Cid6165Code]
DiameterOfCircumscribedCircle: _Final[_groups.Cid6165Code]
Height: _Final[_groups.Cid6165Code]
LineSegmentLength: _Final[_groups.Cid6165Code]
Maximum3DDiameterOfAMesh: _Final[_groups.Cid6165Code]
MajorAxisIn3DLength: _Final[_groups.Cid6165Code]
MinorAxisIn3DLength: _Final[_groups.Cid6165Code]
LeastAxisIn3DLength: _Final[_groups.Cid6165Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6165Code]]
