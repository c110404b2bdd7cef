"""CID 6142 Calculated Value.

Extensible, version 20240611, UID 1.2.840.10008.6.1.462.

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
CavityExtentAsPercentOfVolume: _Final[_Code]
CalcificationExtentAsPercentOfSurface: _Final[_Code]
CalcificationExtentAsPercentOfVolume: _Final[_Code]
CoronaryArteryCalciumScore: _Final[_Code]
BreastTissueDensity: _Final[_Code]
VolumeOfParenchymalTissue: _Final[_Code]
VolumeOfBreast: _Final[_Code]
MassOfParenchymalTissue: _Final[_Code]
MassOfBreast: _Final[_Code]
AreaOfVascularCalcification: _Final[_Code]
VolumeOfVascularCalcification: _Final[_Code]
PercentageOfVascularCalcification: _Final[_Code]
MassOfVascularCalcification: _Final[_Code]
AverageCalcificationDistanceInACalcificationCluster: _Final[_Code]
StandardDeviationDistanceOfCalcificationsInACluster: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
