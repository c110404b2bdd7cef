"""CID 12308 Ultrasound Shear Wave Measurement.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1411.

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
ShearWaveSpeed: _Final[_Code]
Elasticity: _Final[_Code]
ShearWaveDispersionSlope: _Final[_Code]
ROIDepth: _Final[_Code]
AreaOfDefinedRegion: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
