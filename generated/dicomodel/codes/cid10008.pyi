"""CID 10008 Dose Related Distance Measurement.

Extensible, version 20170914, UID 1.2.840.10008.6.1.541.

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
DistanceSourceToIsocenter: _Final[_Code]
DistanceSourceToReferencePoint: _Final[_Code]
DistanceSourceToDetector: _Final[_Code]
TableLongitudinalPosition: _Final[_Code]
TableLateralPosition: _Final[_Code]
TableHeightPosition: _Final[_Code]
DistanceSourceToTablePlane: _Final[_Code]
TableLongitudinalEndPosition: _Final[_Code]
TableLateralEndPosition: _Final[_Code]
TableHeightEndPosition: _Final[_Code]
TableXPositionToIsocenter: _Final[_Code]
TableYPositionToIsocenter: _Final[_Code]
TableZPositionToIsocenter: _Final[_Code]
TableXEndPositionToIsocenter: _Final[_Code]
TableYEndPositionToIsocenter: _Final[_Code]
TableZEndPositionToIsocenter: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
