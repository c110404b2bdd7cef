"""CID 3728 Cath Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.228.

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
NormalLeftHeartHemodynamics: _Final[_Code]
NormalRightHeartHemodynamics: _Final[_Code]
NormalLeftAndRightHeartHemodynamics: _Final[_Code]
NormalLeftVentricularSystolicFunctionAndWallMotion: _Final[_Code]
NormalCoronaryArteries: _Final[_Code]
MildIntimalCoronaryIrregularitiesNoSignificantStenoses: _Final[_Code]
SingleVesselCoronaryArteryDisease: _Final[_Code]
DoubleVesselCoronaryArteryDisease: _Final[_Code]
TripleVesselCoronaryArteryDisease: _Final[_Code]
MultiVesselCoronaryArteryDisease: _Final[_Code]
LeftMainCoronaryArteryDisease: _Final[_Code]
SignificantCoronaryBypassGraftDisease: _Final[_Code]
AorticStenosis: _Final[_Code]
AorticInsufficiency: _Final[_Code]
MitralStenosis: _Final[_Code]
MitralRegurgitation: _Final[_Code]
DepressionOfLeftVentricularSystolicFunction: _Final[_Code]
AcuteMitralRegurgitationFromChordalRupture: _Final[_Code]
AcuteMitralRegurgitationFromChordalDysfunction: _Final[_Code]
AcuteMitralRegurgitationFromPapillaryMuscleRupture: _Final[_Code]
AcuteMitralRegurgitationFromPapillaryMuscleDysfunction: _Final[_Code]
MitralValveProlapse: _Final[_Code]
CongestiveCardiomyopathy: _Final[_Code]
HypertrophicCardiomyopathyWithObstruction: _Final[_Code]
HypertrophicCardiomyopathyWithoutObstruction: _Final[_Code]
HypertensiveHeartDisease: _Final[_Code]
RestrictiveCardiomyopathy: _Final[_Code]
PericardialTamponade: _Final[_Code]
ConstrictivePericarditis: _Final[_Code]
PulmonaryHypertension: _Final[_Code]
AtrialSeptalDefect: _Final[_Code]
VentricularSeptalDefect: _Final[_Code]
AcuteVentricularSeptalRupture: _Final[_Code]
HeartDiseaseCongenital: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
