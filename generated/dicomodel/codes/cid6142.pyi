"""CID 6142 Calculated Value.

Extensible, version 20240611, UID 1.2.840.10008.6.1.462.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CavityExtentAsPercentOfVolume: _Final[_groups.Cid6142Code]
CalcificationExtentAsPercentOfSurface: _Final[_groups.Cid6142Code]
CalcificationExtentAsPercentOfVolume: _Final[_groups.Cid6142Code]
CoronaryArteryCalciumScore: _Final[_groups.Cid6142Code]
BreastTissueDensity: _Final[_groups.Cid6142Code]
VolumeOfParenchymalTissue: _Final[_groups.Cid6142Code]
VolumeOfBreast: _Final[_groups.Cid6142Code]
MassOfParenchymalTissue: _Final[_groups.Cid6142Code]
MassOfBreast: _Final[_groups.Cid6142Code]
AreaOfVascularCalcification: _Final[_groups.Cid6142Code]
VolumeOfVascularCalcification: _Final[_groups.Cid6142Code]
PercentageOfVascularCalcification: _Final[_groups.Cid6142Code]
MassOfVascularCalcification: _Final[_groups.Cid6142Code]
AverageCalcificationDistanceInACalcificationCluster: _Final[_groups.Cid6142Code]
StandardDeviationDistanceOfCalcificationsInACluster: _Final[_groups.Cid6142Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6142Code]]
