"""CID 12279 Cardiac Ultrasound Fetal General Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.859.
Includes CID 12004.

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
ThoracicCircumference: _Final[_Code]
ThoracicArea: _Final[_Code]
CardiacCircumferenceTransverseByUS: _Final[_Code]
CardiothoracicCircumferenceRatio: _Final[_Code]
CardiacCrossSectionalAreaTransverseByUS: _Final[_Code]
CardiothoracicAreaRatio: _Final[_Code]
BiparietalDiameter: _Final[_Code]
NuchalTranslucency: _Final[_Code]
FemurLength: _Final[_Code]
AbdominalCircumference: _Final[_Code]
AnteriorPosteriorAbdominalDiameter: _Final[_Code]
AnteriorPosteriorTrunkDiameter: _Final[_Code]
BPDAreaCorrected: _Final[_Code]
CisternaMagnaLength: _Final[_Code]
HeadCircumference: _Final[_Code]
OccipitalFrontalDiameter: _Final[_Code]
TransverseAbdominalDiameter: _Final[_Code]
TransverseCerebellarDiameter: _Final[_Code]
TransverseThoracicDiameter: _Final[_Code]
ForamenOvaleDiameterAorticRootDiameter: _Final[_Code]
LeftVentricleRightVentricleDiameterRatio: _Final[_Code]
NumberOfUmbilicalArteries: _Final[_Code]
HCAC: _Final[_Code]
FLAC: _Final[_Code]
FLBPD: _Final[_Code]
CephalicIndex: _Final[_Code]
FLHC: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
