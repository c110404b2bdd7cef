"""CID 4272 Opt Scan Pattern Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1152.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CubeBScanPattern: _Final[_groups.Cid4272Code]
RasterBScanPattern: _Final[_groups.Cid4272Code]
LineBScanPattern: _Final[_groups.Cid4272Code]
RadialBScanPattern: _Final[_groups.Cid4272Code]
CrossBScanPattern: _Final[_groups.Cid4272Code]
CircleBScanPattern: _Final[_groups.Cid4272Code]
ConcentricCircleBScanPattern: _Final[_groups.Cid4272Code]
CircleRasterBScanPattern: _Final[_groups.Cid4272Code]
CircleRadialBScanPattern: _Final[_groups.Cid4272Code]
GridBScanPattern: _Final[_groups.Cid4272Code]
MEMBERS: _Final[tuple[_groups.Cid4272Code, ...]]
