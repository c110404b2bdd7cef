"""CID 7476 Gray Level Size Zone Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1200.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7476Code]]
