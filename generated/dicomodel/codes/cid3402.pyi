"""CID 3402 Patient Status and Event.

Extensible, version 20090615, UID 1.2.840.10008.6.1.67.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PatientCalledToProcedureRoom: _Final[_groups.Cid3402Code]
PatientAdmittedToProcedureRoom: _Final[_groups.Cid3402Code]
PatientGivenPreProcedureInstruction: _Final[_groups.Cid3402Code]
PatientInformedConsentGiven: _Final[_groups.Cid3402Code]
PatientAdvanceDirectiveGiven: _Final[_groups.Cid3402Code]
NilPerOsNPOStatusConfirmed: _Final[_groups.Cid3402Code]
PatientAssistedToTable: _Final[_groups.Cid3402Code]
PatientPreppedAndDraped: _Final[_groups.Cid3402Code]
PatientConnectedToContinuousMonitoring: _Final[_groups.Cid3402Code]
PatientTransferredToHoldingArea: _Final[_groups.Cid3402Code]
PatientTransferredToSurgery: _Final[_groups.Cid3402Code]
PatientTransferredToCCU: _Final[_groups.Cid3402Code]
PatientDisoriented: _Final[_groups.Cid3402Code]
PatientReportsNausea: _Final[_groups.Cid3402Code]
PatientReportsDiscomfort: _Final[_groups.Cid3402Code]
PatientReportsChestPain: _Final[_groups.Cid3402Code]
PatientReportsNoPain: _Final[_groups.Cid3402Code]
PatientAlert: _Final[_groups.Cid3402Code]
PatientRestless: _Final[_groups.Cid3402Code]
PatientSedated: _Final[_groups.Cid3402Code]
PatientAsleep: _Final[_groups.Cid3402Code]
PatientUnresponsive: _Final[_groups.Cid3402Code]
PatientHasRespiratoryDifficulty: _Final[_groups.Cid3402Code]
PatientCoughed: _Final[_groups.Cid3402Code]
PatientDisconnectedFromContinuousMonitoring: _Final[_groups.Cid3402Code]
HemostasisAchieved: _Final[_groups.Cid3402Code]
HemostasisNotAchievedOozing: _Final[_groups.Cid3402Code]
HemostasisNotAchievedActivelyBleeding: _Final[_groups.Cid3402Code]
PatientGivenPostProcedureInstruction: _Final[_groups.Cid3402Code]
PatientPronouncedDead: _Final[_groups.Cid3402Code]
PatientTransferredToMorgue: _Final[_groups.Cid3402Code]
PatientDischargedFromDepartment: _Final[_groups.Cid3402Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3402Code]]
