"""CID 3700 Cath Diagnosis.

Extensible, version 20220922, UID 1.2.840.10008.6.1.203.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CoronaryArteryDisease: _Final[_groups.Cid3700Code]
AcuteMyocardialInfarction: _Final[_groups.Cid3700Code]
AtypicalChestPain: _Final[_groups.Cid3700Code]
StableAngina: _Final[_groups.Cid3700Code]
AtypicalAnginaVariantAngina: _Final[_groups.Cid3700Code]
UnstableAnginaProgressiveAngina: _Final[_groups.Cid3700Code]
PostInfarctionAngina: _Final[_groups.Cid3700Code]
RecurrentAnginaPostPTCA: _Final[_groups.Cid3700Code]
RecurrentAnginaPostDCA: _Final[_groups.Cid3700Code]
RecurrentAnginaPostRotationalAtherectomy: _Final[_groups.Cid3700Code]
RecurrentAnginaPostStent: _Final[_groups.Cid3700Code]
RecurrentAnginaPostCABG: _Final[_groups.Cid3700Code]
CongestiveHeartFailure: _Final[_groups.Cid3700Code]
PulmonaryEdema: _Final[_groups.Cid3700Code]
CardiogenicShock: _Final[_groups.Cid3700Code]
AcuteVentricularSeptalRupture: _Final[_groups.Cid3700Code]
MitralValveDisease: _Final[_groups.Cid3700Code]
MitralStenosis: _Final[_groups.Cid3700Code]
MitralRegurgitation: _Final[_groups.Cid3700Code]
AcuteMitralRegurgitation: _Final[_groups.Cid3700Code]
SilentIschemia: _Final[_groups.Cid3700Code]
SPMIPositiveStressForIschemia: _Final[_groups.Cid3700Code]
Myocarditis: _Final[_groups.Cid3700Code]
SubacuteBacterialEndocarditis: _Final[_groups.Cid3700Code]
HypertrophicObstructiveCardiomyopathy: _Final[_groups.Cid3700Code]
PulmonaryHypertension: _Final[_groups.Cid3700Code]
TricuspidValveDisease: _Final[_groups.Cid3700Code]
TricuspidRegurgitation: _Final[_groups.Cid3700Code]
MitralValveProlapse: _Final[_groups.Cid3700Code]
VentricularTachycardia: _Final[_groups.Cid3700Code]
VentricularFibrillation: _Final[_groups.Cid3700Code]
CongestiveCardiomyopathy: _Final[_groups.Cid3700Code]
HypertensiveHeartDisease: _Final[_groups.Cid3700Code]
RestrictiveCardiomyopathy: _Final[_groups.Cid3700Code]
PericardialDisease: _Final[_groups.Cid3700Code]
PericardialTamponade: _Final[_groups.Cid3700Code]
AorticValveDisease: _Final[_groups.Cid3700Code]
AorticStenosis: _Final[_groups.Cid3700Code]
AorticInsufficiency: _Final[_groups.Cid3700Code]
AtrialSeptalDefect: _Final[_groups.Cid3700Code]
AorticDissection: _Final[_groups.Cid3700Code]
PulmonicValveDisease: _Final[_groups.Cid3700Code]
VentricularSeptalDefect: _Final[_groups.Cid3700Code]
AorticAneurysm: _Final[_groups.Cid3700Code]
Arrhythmia: _Final[_groups.Cid3700Code]
AtrialFibrillation: _Final[_groups.Cid3700Code]
HeartDiseaseCongenital: _Final[_groups.Cid3700Code]
ConstrictivePericarditis: _Final[_groups.Cid3700Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3700Code]]
