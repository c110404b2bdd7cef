"""CID 7479 Grey Level Distance Zone Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1272.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SmallDistanceEmphasis: _Final[_groups.Cid7479Code]
LargeDistanceEmphasis: _Final[_groups.Cid7479Code]
LowGreyLevelZoneEmphasis: _Final[_groups.Cid7479Code]
HighGreyLevelZoneEmphasis: _Final[_groups.Cid7479Code]
SmallDistanceLowGreyLevelEmphasis: _Final[_groups.Cid7479Code]
SmallDistanceHighGreyLevelEmphasis: _Final[_groups.Cid7479Code]
LargeDistanceLowGreyLevelEmphasis: _Final[_groups.Cid7479Code]
LargeDistanceHighGreyLevelEmphasis: _Final[_groups.Cid7479Code]
GreyLevelNonUniformityOfDistanceZoneCounts: _Final[_groups.Cid7479Code]
NormalizedGreyLevelNonUniformityOfDistanceZoneCounts: _Final[_groups.Cid7479Code]
ZoneDistanceNonUniformity: _Final[_groups.Cid7479Code]
NormalizedZoneDistanceNonUniformity: _Final[_groups.Cid7479Code]
DistanceZonePercentage: _Final[_groups.Cid7479Code]
GreyLevelVarianceInDistanceZones: _Final[_groups.Cid7479Code]
ZoneDistanceVariance: _Final[_groups.Cid7479Code]
ZoneDistanceEntropy: _Final[_groups.Cid7479Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7479Code]]
