"""CID 12251 Cardiac Ultrasound Linear Valve Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.832.
Includes CID 12250.

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
DEExcursion: _Final[_Code]
LeafletSeparation: _Final[_Code]
LeafletThickness: _Final[_Code]
CEDistance: _Final[_Code]
Length: _Final[_Code]
Diameter: _Final[_Code]
MajorAxis: _Final[_Code]
MinorAxis: _Final[_Code]
Circumference: _Final[_Code]
Radius: _Final[_Code]
ROIThicknessByUS: _Final[_Code]
ROIInternalDimensionByUS: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
