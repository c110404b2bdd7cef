"""CID 7479 Grey Level Distance Zone Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1272.

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
SmallDistanceEmphasis: _Final[_Code]
LargeDistanceEmphasis: _Final[_Code]
LowGreyLevelZoneEmphasis: _Final[_Code]
HighGreyLevelZoneEmphasis: _Final[_Code]
SmallDistanceLowGreyLevelEmphasis: _Final[_Code]
SmallDistanceHighGreyLevelEmphasis: _Final[_Code]
LargeDistanceLowGreyLevelEmphasis: _Final[_Code]
LargeDistanceHighGreyLevelEmphasis: _Final[_Code]
GreyLevelNonUniformityOfDistanceZoneCounts: _Final[_Code]
NormalizedGreyLevelNonUniformityOfDistanceZoneCounts: _Final[_Code]
ZoneDistanceNonUniformity: _Final[_Code]
NormalizedZoneDistanceNonUniformity: _Final[_Code]
DistanceZonePercentage: _Final[_Code]
GreyLevelVarianceInDistanceZones: _Final[_Code]
ZoneDistanceVariance: _Final[_Code]
ZoneDistanceEntropy: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
