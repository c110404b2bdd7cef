"""CID 7476 Gray Level Size Zone Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1200.

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
SmallZoneEmphasis: _Final[_groups.Cid7476Code]
LargeZoneEmphasis: _Final[_groups.Cid7476Code]
LowGrayLevelZoneEmphasis: _Final[_groups.Cid7476Code]
HighGrayLevelZoneEmphasis: _Final[_groups.Cid7476Code]
SmallZoneLowGrayLevelEmphasis: _Final[_groups.Cid7476Code]
SmallZoneHighGrayLevelEmphasis: _Final[_groups.Cid7476Code]
LargeZoneLowGrayLevelEmphasis: _Final[_groups.Cid7476Code]
LargeZoneHighGrayLevelEmphasis: _Final[_groups.Cid7476Code]
GrayLevelNonuniformityOfSizeZoneCounts: _Final[_groups.Cid7476Code]
NormalizedGrayLevelNonuniformityOfSizeZoneCounts: _Final[_groups.Cid7476Code]
ZoneSizeNonuniformity: _Final[_groups.Cid7476Code]
NormalizedZoneSizeNonuniformity: _Final[_groups.Cid7476Code]
SizeZonePercentage: _Final[_groups.Cid7476Code]
GrayLevelVarianceInSizeZones: _Final[_groups.Cid7476Code]
ZoneSizeVariance: _Final[_groups.Cid7476Code]
ZoneSizeEntropy: _Final[_groups.Cid7476Code]
MEMBERS: _Final[tuple[_groups.Cid7476Code, ...]]
