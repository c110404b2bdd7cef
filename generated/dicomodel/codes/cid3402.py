"""CID 3402 Patient Status and Event.

Extensible, version 20090615, UID 1.2.840.10008.6.1.67.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3402
NAME: _Final[str] = "Patient Status and Event"
KEYWORD: _Final[str | None] = "PatientStatusAndEvent"
UID: _Final[str | None] = "1.2.840.10008.6.1.67"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090615"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PatientCalledToProcedureRoom: _Final[_Code] = _Code(
    "DCM", "122001", "Patient called to procedure room", (3402,)
)
"""Patient called to procedure room (DCM 122001)."""

PatientAdmittedToProcedureRoom: _Final[_Code] = _Code(
    "DCM", "122002", "Patient admitted to procedure room", (3402,)
)
"""Patient admitted to procedure room (DCM 122002)."""

PatientGivenPreProcedureInstruction: _Final[_Code] = _Code(
    "DCM", "122003", "Patient given pre-procedure instruction", (3402,)
)
"""Patient given pre-procedure instruction (DCM 122003)."""

PatientInformedConsentGiven: _Final[_Code] = _Code(
    "DCM", "122004", "Patient informed consent given", (3402,)
)
"""Patient informed consent given (DCM 122004)."""

PatientAdvanceDirectiveGiven: _Final[_Code] = _Code(
    "DCM", "122005", "Patient advance directive given", (3402,)
)
"""Patient advance directive given (DCM 122005)."""

NilPerOsNPOStatusConfirmed: _Final[_Code] = _Code(
    "DCM", "122006", "Nil Per Os (NPO) status confirmed", (3402,)
)
"""Nil Per Os (NPO) status confirmed (DCM 122006)."""

PatientAssistedToTable: _Final[_Code] = _Code("DCM", "122007", "Patient assisted to table", (3402,))
"""Patient assisted to table (DCM 122007)."""

PatientPreppedAndDraped: _Final[_Code] = _Code(
    "DCM", "122008", "Patient prepped and draped", (3402,)
)
"""Patient prepped and draped (DCM 122008)."""

PatientConnectedToContinuousMonitoring: _Final[_Code] = _Code(
    "DCM", "122009", "Patient connected to continuous monitoring", (3402,)
)
"""Patient connected to continuous monitoring (DCM 122009)."""

PatientTransferredToHoldingArea: _Final[_Code] = _Code(
    "DCM", "122010", "Patient transferred to holding area", (3402,)
)
"""Patient transferred to holding area (DCM 122010)."""

PatientTransferredToSurgery: _Final[_Code] = _Code(
    "DCM", "122011", "Patient transferred to surgery", (3402,)
)
"""Patient transferred to surgery (DCM 122011)."""

PatientTransferredToCCU: _Final[_Code] = _Code(
    "DCM", "122012", "Patient transferred to CCU", (3402,)
)
"""Patient transferred to CCU (DCM 122012)."""

PatientDisoriented: _Final[_Code] = _Code("DCM", "122020", "Patient disoriented", (3402,))
"""Patient disoriented (DCM 122020)."""

PatientReportsNausea: _Final[_Code] = _Code("DCM", "122021", "Patient reports nausea", (3402,))
"""Patient reports nausea (DCM 122021)."""

PatientReportsDiscomfort: _Final[_Code] = _Code(
    "DCM", "122022", "Patient reports discomfort", (3402,)
)
"""Patient reports discomfort (DCM 122022)."""

PatientReportsChestPain: _Final[_Code] = _Code(
    "DCM", "122023", "Patient reports chest pain", (3402,)
)
"""Patient reports chest pain (DCM 122023)."""

PatientReportsNoPain: _Final[_Code] = _Code("DCM", "122024", "Patient reports no pain", (3402,))
"""Patient reports no pain (DCM 122024)."""

PatientAlert: _Final[_Code] = _Code("DCM", "122025", "Patient alert", (3402,))
"""Patient alert (DCM 122025)."""

PatientRestless: _Final[_Code] = _Code("DCM", "122026", "Patient restless", (3402,))
"""Patient restless (DCM 122026)."""

PatientSedated: _Final[_Code] = _Code("DCM", "122027", "Patient sedated", (3402,))
"""Patient sedated (DCM 122027)."""

PatientAsleep: _Final[_Code] = _Code("DCM", "122028", "Patient asleep", (3402,))
"""Patient asleep (DCM 122028)."""

PatientUnresponsive: _Final[_Code] = _Code("DCM", "122029", "Patient unresponsive", (3402,))
"""Patient unresponsive (DCM 122029)."""

PatientHasRespiratoryDifficulty: _Final[_Code] = _Code(
    "DCM", "122030", "Patient has respiratory difficulty", (3402,)
)
"""Patient has respiratory difficulty (DCM 122030)."""

PatientCoughed: _Final[_Code] = _Code("DCM", "122031", "Patient coughed", (3402,))
"""Patient coughed (DCM 122031)."""

PatientDisconnectedFromContinuousMonitoring: _Final[_Code] = _Code(
    "DCM", "122032", "Patient disconnected from continuous monitoring", (3402,)
)
"""Patient disconnected from continuous monitoring (DCM 122032)."""

HemostasisAchieved: _Final[_Code] = _Code("DCM", "122033", "Hemostasis achieved", (3402,))
"""Hemostasis achieved (DCM 122033)."""

HemostasisNotAchievedOozing: _Final[_Code] = _Code(
    "DCM", "122034", "Hemostasis not achieved - oozing", (3402,)
)
"""Hemostasis not achieved - oozing (DCM 122034)."""

HemostasisNotAchievedActivelyBleeding: _Final[_Code] = _Code(
    "DCM", "122035", "Hemostasis not achieved - actively bleeding", (3402,)
)
"""Hemostasis not achieved - actively bleeding (DCM 122035)."""

PatientGivenPostProcedureInstruction: _Final[_Code] = _Code(
    "DCM", "122036", "Patient given post-procedure instruction", (3402,)
)
"""Patient given post-procedure instruction (DCM 122036)."""

PatientPronouncedDead: _Final[_Code] = _Code("DCM", "122038", "Patient pronounced dead", (3402,))
"""Patient pronounced dead (DCM 122038)."""

PatientTransferredToMorgue: _Final[_Code] = _Code(
    "DCM", "122039", "Patient transferred to morgue", (3402,)
)
"""Patient transferred to morgue (DCM 122039)."""

PatientDischargedFromDepartment: _Final[_Code] = _Code(
    "DCM", "122037", "Patient discharged from department", (3402,)
)
"""Patient discharged from department (DCM 122037)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PatientCalledToProcedureRoom,
    PatientAdmittedToProcedureRoom,
    PatientGivenPreProcedureInstruction,
    PatientInformedConsentGiven,
    PatientAdvanceDirectiveGiven,
    NilPerOsNPOStatusConfirmed,
    PatientAssistedToTable,
    PatientPreppedAndDraped,
    PatientConnectedToContinuousMonitoring,
    PatientTransferredToHoldingArea,
    PatientTransferredToSurgery,
    PatientTransferredToCCU,
    PatientDisoriented,
    PatientReportsNausea,
    PatientReportsDiscomfort,
    PatientReportsChestPain,
    PatientReportsNoPain,
    PatientAlert,
    PatientRestless,
    PatientSedated,
    PatientAsleep,
    PatientUnresponsive,
    PatientHasRespiratoryDifficulty,
    PatientCoughed,
    PatientDisconnectedFromContinuousMonitoring,
    HemostasisAchieved,
    HemostasisNotAchievedOozing,
    HemostasisNotAchievedActivelyBleeding,
    PatientGivenPostProcedureInstruction,
    PatientPronouncedDead,
    PatientTransferredToMorgue,
    PatientDischargedFromDepartment,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
