"""CID 4272 Opt Scan Pattern Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1152.

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
CubeBScanPattern: _Final[_Code]
RasterBScanPattern: _Final[_Code]
LineBScanPattern: _Final[_Code]
RadialBScanPattern: _Final[_Code]
CrossBScanPattern: _Final[_Code]
CircleBScanPattern: _Final[_Code]
ConcentricCircleBScanPattern: _Final[_Code]
CircleRasterBScanPattern: _Final[_Code]
CircleRadialBScanPattern: _Final[_Code]
GridBScanPattern: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
