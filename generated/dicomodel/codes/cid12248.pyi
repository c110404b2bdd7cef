"""CID 12248 Cardiac Ultrasound Summary Code.

Extensible, version 20160314, UID 1.2.840.10008.6.1.829.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12248Code]]
