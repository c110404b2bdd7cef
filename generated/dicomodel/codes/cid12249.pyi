"""CID 12249 Cardiac Ultrasound Fetal Summary Code.

Extensible, version 20100317, UID 1.2.840.10008.6.1.830.
Includes CID 12248.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EdemaOfFetalScalp: _Final[_groups.Cid12249Code]
EdemaOfFetalChestWall: _Final[_groups.Cid12249Code]
CongenitalStenosisOfAorticValve: _Final[_groups.Cid12249Code]
AtrialSeptalDefect: _Final[_groups.Cid12249Code]
AorticRegurgitation: _Final[_groups.Cid12249Code]
AorticStenosis: _Final[_groups.Cid12249Code]
Cardiomegaly: _Final[_groups.Cid12249Code]
CoarctationOfTheAorta: _Final[_groups.Cid12249Code]
CommonAtrioventricularCanal: _Final[_groups.Cid12249Code]
CompleteTranspositionOfGreatVessels: _Final[_groups.Cid12249Code]
Cyanosis: _Final[_groups.Cid12249Code]
Dextrocardia: _Final[_groups.Cid12249Code]
InterruptedAorticArch: _Final[_groups.Cid12249Code]
Mesocardia: _Final[_groups.Cid12249Code]
AcuteFebrileMucocutaneousLymphNodeSyndrome: _Final[_groups.Cid12249Code]
MitralValveProlapse: _Final[_groups.Cid12249Code]
MitralRegurgitation: _Final[_groups.Cid12249Code]
MitralStenosis: _Final[_groups.Cid12249Code]
PartialAnomalousPulmonaryVenousConnection: _Final[_groups.Cid12249Code]
AtrialSeptalDefectWithEndocardialCushionDefectPartial: _Final[_groups.Cid12249Code]
PulmonicValveStenosis: _Final[_groups.Cid12249Code]
RheumaticFever: _Final[_groups.Cid12249Code]
TetralogyOfFallot: _Final[_groups.Cid12249Code]
VentricularSeptalDefect: _Final[_groups.Cid12249Code]
CorrectedTranspositionOfGreatVessels: _Final[_groups.Cid12249Code]
PulmonaryAtresiaWithIntactVentricularSeptum: _Final[_groups.Cid12249Code]
PulmonaryAtresiaWithVentricularSeptalDefect: _Final[_groups.Cid12249Code]
HypoplasticLeftHeartSyndrome: _Final[_groups.Cid12249Code]
FunctionalSingleVentricle: _Final[_groups.Cid12249Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12249Code]]
