"""CID 12248 Cardiac Ultrasound Summary Code.

Extensible, version 20160314, UID 1.2.840.10008.6.1.829.

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
CongenitalStenosisOfAorticValve: _Final[_groups.Cid12248Code]
AtrialSeptalDefect: _Final[_groups.Cid12248Code]
AorticRegurgitation: _Final[_groups.Cid12248Code]
AorticStenosis: _Final[_groups.Cid12248Code]
Cardiomegaly: _Final[_groups.Cid12248Code]
CoarctationOfTheAorta: _Final[_groups.Cid12248Code]
CommonAtrioventricularCanal: _Final[_groups.Cid12248Code]
CompleteTranspositionOfGreatVessels: _Final[_groups.Cid12248Code]
Cyanosis: _Final[_groups.Cid12248Code]
Dextrocardia: _Final[_groups.Cid12248Code]
InterruptedAorticArch: _Final[_groups.Cid12248Code]
Mesocardia: _Final[_groups.Cid12248Code]
AcuteFebrileMucocutaneousLymphNodeSyndrome: _Final[_groups.Cid12248Code]
MitralValveProlapse: _Final[_groups.Cid12248Code]
MitralRegurgitation: _Final[_groups.Cid12248Code]
MitralStenosis: _Final[_groups.Cid12248Code]
PartialAnomalousPulmonaryVenousConnection: _Final[_groups.Cid12248Code]
AtrialSeptalDefectWithEndocardialCushionDefectPartial: _Final[_groups.Cid12248Code]
PulmonicValveStenosis: _Final[_groups.Cid12248Code]
RheumaticFever: _Final[_groups.Cid12248Code]
TetralogyOfFallot: _Final[_groups.Cid12248Code]
VentricularSeptalDefect: _Final[_groups.Cid12248Code]
CorrectedTranspositionOfGreatVessels: _Final[_groups.Cid12248Code]
PulmonaryAtresiaWithIntactVentricularSeptum: _Final[_groups.Cid12248Code]
PulmonaryAtresiaWithVentricularSeptalDefect: _Final[_groups.Cid12248Code]
HypoplasticLeftHeartSyndrome: _Final[_groups.Cid12248Code]
FunctionalSingleVentricle: _Final[_groups.Cid12248Code]
MEMBERS: _Final[tuple[_groups.Cid12248Code, ...]]
