"""CID 3402 Patient Status and Event.

Extensible, version 20090615, UID 1.2.840.10008.6.1.67.

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
PatientCalledToProcedureRoom: _Final[_Code]
PatientAdmittedToProcedureRoom: _Final[_Code]
PatientGivenPreProcedureInstruction: _Final[_Code]
PatientInformedConsentGiven: _Final[_Code]
PatientAdvanceDirectiveGiven: _Final[_Code]
NilPerOsNPOStatusConfirmed: _Final[_Code]
PatientAssistedToTable: _Final[_Code]
PatientPreppedAndDraped: _Final[_Code]
PatientConnectedToContinuousMonitoring: _Final[_Code]
PatientTransferredToHoldingArea: _Final[_Code]
PatientTransferredToSurgery: _Final[_Code]
PatientTransferredToCCU: _Final[_Code]
PatientDisoriented: _Final[_Code]
PatientReportsNausea: _Final[_Code]
PatientReportsDiscomfort: _Final[_Code]
PatientReportsChestPain: _Final[_Code]
PatientReportsNoPain: _Final[_Code]
PatientAlert: _Final[_Code]
PatientRestless: _Final[_Code]
PatientSedated: _Final[_Code]
PatientAsleep: _Final[_Code]
PatientUnresponsive: _Final[_Code]
PatientHasRespiratoryDifficulty: _Final[_Code]
PatientCoughed: _Final[_Code]
PatientDisconnectedFromContinuousMonitoring: _Final[_Code]
HemostasisAchieved: _Final[_Code]
HemostasisNotAchievedOozing: _Final[_Code]
HemostasisNotAchievedActivelyBleeding: _Final[_Code]
PatientGivenPostProcedureInstruction: _Final[_Code]
PatientPronouncedDead: _Final[_Code]
PatientTransferredToMorgue: _Final[_Code]
PatientDischargedFromDepartment: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
