"""CID 64 Imaging Agent Administration Patient State.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1254.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbnormalRenalFunction: _Final[_groups.Cid64Code]
AcuteUnilateralRenalBlockage: _Final[_groups.Cid64Code]
LowThyroidUptake: _Final[_groups.Cid64Code]
HighThyroidUptake: _Final[_groups.Cid64Code]
SeverelyJaundiced: _Final[_groups.Cid64Code]
HistoryOfRenalFailure: _Final[_groups.Cid64Code]
HistoryOfDiabetesMellitus: _Final[_groups.Cid64Code]
Asthma: _Final[_groups.Cid64Code]
AorticStenosis: _Final[_groups.Cid64Code]
AnginaPectoris: _Final[_groups.Cid64Code]
HistoryOfCongestiveHeartFailure: _Final[_groups.Cid64Code]
HistoryOfHypertension: _Final[_groups.Cid64Code]
PulmonaryHypertension: _Final[_groups.Cid64Code]
Cardiomyopathy: _Final[_groups.Cid64Code]
Anxiety: _Final[_groups.Cid64Code]
Paraproteinemia: _Final[_groups.Cid64Code]
MultipleMyeloma: _Final[_groups.Cid64Code]
HistoryOfBetaBlockingAgentsTherapy: _Final[_groups.Cid64Code]
MalignantEpithelialNeoplasmOfThyroid: _Final[_groups.Cid64Code]
PatientAllergicToMediaContrast: _Final[_groups.Cid64Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid64Code]]
