"""CID 7476 Gray Level Size Zone Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1200.

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
SmallZoneEmphasis: _Final[_Code]
LargeZoneEmphasis: _Final[_Code]
LowGrayLevelZoneEmphasis: _Final[_Code]
HighGrayLevelZoneEmphasis: _Final[_Code]
SmallZoneLowGrayLevelEmphasis: _Final[_Code]
SmallZoneHighGrayLevelEmphasis: _Final[_Code]
LargeZoneLowGrayLevelEmphasis: _Final[_Code]
LargeZoneHighGrayLevelEmphasis: _Final[_Code]
GrayLevelNonuniformityOfSizeZoneCounts: _Final[_Code]
NormalizedGrayLevelNonuniformityOfSizeZoneCounts: _Final[_Code]
ZoneSizeNonuniformity: _Final[_Code]
NormalizedZoneSizeNonuniformity: _Final[_Code]
SizeZonePercentage: _Final[_Code]
GrayLevelVarianceInSizeZones: _Final[_Code]
ZoneSizeVariance: _Final[_Code]
ZoneSizeEntropy: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
