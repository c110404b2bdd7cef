"""CID 3728 Cath Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.228.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NormalLeftHeartHemodynamics: _Final[_groups.Cid3728Code]
NormalRightHeartHemodynamics: _Final[_groups.Cid3728Code]
NormalLeftAndRightHeartHemodynamics: _Final[_groups.Cid3728Code]
NormalLeftVentricularSystolicFunctionAndWallMotion: _Final[_groups.Cid3728Code]
NormalCoronaryArteries: _Final[_groups.Cid3728Code]
MildIntimalCoronaryIrregularitiesNoSignificantStenoses: _Final[_groups.Cid3728Code]
SingleVesselCoronaryArteryDisease: _Final[_groups.Cid3728Code]
DoubleVesselCoronaryArteryDisease: _Final[_groups.Cid3728Code]
TripleVesselCoronaryArteryDisease: _Final[_groups.Cid3728Code]
MultiVesselCoronaryArteryDisease: _Final[_groups.Cid3728Code]
LeftMainCoronaryArteryDisease: _Final[_groups.Cid3728Code]
SignificantCoronaryBypassGraftDisease: _Final[_groups.Cid3728Code]
AorticStenosis: _Final[_groups.Cid3728Code]
AorticInsufficiency: _Final[_groups.Cid3728Code]
MitralStenosis: _Final[_groups.Cid3728Code]
MitralRegurgitation: _Final[_groups.Cid3728Code]
DepressionOfLeftVentricularSystolicFunction: _Final[_groups.Cid3728Code]
AcuteMitralRegurgitationFromChordalRupture: _Final[_groups.Cid3728Code]
AcuteMitralRegurgitationFromChordalDysfunction: _Final[_groups.Cid3728Code]
AcuteMitralRegurgitationFromPapillaryMuscleRupture: _Final[_groups.Cid3728Code]
AcuteMitralRegurgitationFromPapillaryMuscleDysfunction: _Final[_groups.Cid3728Code]
MitralValveProlapse: _Final[_groups.Cid3728Code]
CongestiveCardiomyopathy: _Final[_groups.Cid3728Code]
HypertrophicCardiomyopathyWithObstruction: _Final[_groups.Cid3728Code]
HypertrophicCardiomyopathyWithoutObstruction: _Final[_groups.Cid3728Code]
HypertensiveHeartDisease: _Final[_groups.Cid3728Code]
RestrictiveCardiomyopathy: _Final[_groups.Cid3728Code]
PericardialTamponade: _Final[_groups.Cid3728Code]
ConstrictivePericarditis: _Final[_groups.Cid3728Code]
PulmonaryHypertension: _Final[_groups.Cid3728Code]
AtrialSeptalDefect: _Final[_groups.Cid3728Code]
VentricularSeptalDefect: _Final[_groups.Cid3728Code]
AcuteVentricularSeptalRupture: _Final[_groups.Cid3728Code]
HeartDiseaseCongenital: _Final[_groups.Cid3728Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3728Code]]
