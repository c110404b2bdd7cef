"""CID 12249 Cardiac Ultrasound Fetal Summary Code.

Extensible, version 20100317, UID 1.2.840.10008.6.1.830.
Includes CID 12248.

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
EdemaOfFetalScalp: _Final[_Code]
EdemaOfFetalChestWall: _Final[_Code]
CongenitalStenosisOfAorticValve: _Final[_Code]
AtrialSeptalDefect: _Final[_Code]
AorticRegurgitation: _Final[_Code]
AorticStenosis: _Final[_Code]
Cardiomegaly: _Final[_Code]
CoarctationOfTheAorta: _Final[_Code]
CommonAtrioventricularCanal: _Final[_Code]
CompleteTranspositionOfGreatVessels: _Final[_Code]
Cyanosis: _Final[_Code]
Dextrocardia: _Final[_Code]
InterruptedAorticArch: _Final[_Code]
Mesocardia: _Final[_Code]
AcuteFebrileMucocutaneousLymphNodeSyndrome: _Final[_Code]
MitralValveProlapse: _Final[_Code]
MitralRegurgitation: _Final[_Code]
MitralStenosis: _Final[_Code]
PartialAnomalousPulmonaryVenousConnection: _Final[_Code]
AtrialSeptalDefectWithEndocardialCushionDefectPartial: _Final[_Code]
PulmonicValveStenosis: _Final[_Code]
RheumaticFever: _Final[_Code]
TetralogyOfFallot: _Final[_Code]
VentricularSeptalDefect: _Final[_Code]
CorrectedTranspositionOfGreatVessels: _Final[_Code]
PulmonaryAtresiaWithIntactVentricularSeptum: _Final[_Code]
PulmonaryAtresiaWithVentricularSeptalDefect: _Final[_Code]
HypoplasticLeftHeartSyndrome: _Final[_Code]
FunctionalSingleVentricle: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
