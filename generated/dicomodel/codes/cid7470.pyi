"""CID 7470 Linear Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.524.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Length: _Final[_Code]
PathLength: _Final[_Code]
Distance: _Final[_Code]
Width: _Final[_Code]
Depth: _Final[_Code]
Diameter: _Final[_Code]
LongAxis: _Final[_Code]
ShortAxis: _Final[_Code]
MajorAxis: _Final[_Code]
MinorAxis: _Final[_Code]
PerpendicularAxis: _Final[_Code]
Radius: _Final[_Code]
Perimeter: _Final[_Code]
Circumference: _Final[_Code]
DiameterOfCircumscribedCircle: _Final[_Code]
Height: _Final[_Code]
LineSegmentLength: _Final[_Code]
Maximum3DDiameterOfAMesh: _Final[_Code]
MajorAxisIn3DLength: _Final[_Code]
MinorAxisIn3DLength: _Final[_Code]
LeastAxisIn3DLength: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
