"""CID 9301 Modality PPS Discontinuation Reason.

Extensible, version 20140419, UID 1.2.840.10008.6.1.812.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DoctorCanceledProcedure: _Final[_groups.Cid9301Code]
EquipmentFailure: _Final[_groups.Cid9301Code]
IncorrectProcedureOrdered: _Final[_groups.Cid9301Code]
PatientAllergicToMediaContrast: _Final[_groups.Cid9301Code]
PatientDied: _Final[_groups.Cid9301Code]
PatientRefusedToContinueProcedure: _Final[_groups.Cid9301Code]
PatientTakenForTreatmentOrSurgery: _Final[_groups.Cid9301Code]
PatientDidNotArrive: _Final[_groups.Cid9301Code]
PatientPregnant: _Final[_groups.Cid9301Code]
ChangeOfProcedureForCorrectCharging: _Final[_groups.Cid9301Code]
DuplicateOrder: _Final[_groups.Cid9301Code]
NursingUnitCancel: _Final[_groups.Cid9301Code]
IncorrectSideOrdered: _Final[_groups.Cid9301Code]
DiscontinuedForUnspecifiedReason: _Final[_groups.Cid9301Code]
IncorrectWorklistEntrySelected: _Final[_groups.Cid9301Code]
PatientConditionPreventedContinuing: _Final[_groups.Cid9301Code]
EquipmentChange: _Final[_groups.Cid9301Code]
InjectionSiteExtravasation: _Final[_groups.Cid9301Code]
RadiopharmaceuticalAdverseReaction: _Final[_groups.Cid9301Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9301Code]]
