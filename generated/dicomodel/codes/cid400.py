"""CID 400 Audit Event ID.

Extensible, version 20170416, UID 1.2.840.10008.6.1.903.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 400
NAME: _Final[str] = "Audit Event ID"
KEYWORD: _Final[str | None] = "AuditEventID"
UID: _Final[str | None] = "1.2.840.10008.6.1.903"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170416"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ApplicationActivity: _Final[_Code] = _Code("DCM", "110100", "Application Activity", (400,))
"""Application Activity (DCM 110100)."""

AuditLogUsed: _Final[_Code] = _Code("DCM", "110101", "Audit Log Used", (400,))
"""Audit Log Used (DCM 110101)."""

BeginTransferringDICOMInstances: _Final[_Code] = _Code(
    "DCM", "110102", "Begin Transferring DICOM Instances", (400,)
)
"""Begin Transferring DICOM Instances (DCM 110102)."""

DICOMInstancesAccessed: _Final[_Code] = _Code("DCM", "110103", "DICOM Instances Accessed", (400,))
"""DICOM Instances Accessed (DCM 110103)."""

DICOMInstancesTransferred: _Final[_Code] = _Code(
    "DCM", "110104", "DICOM Instances Transferred", (400,)
)
"""DICOM Instances Transferred (DCM 110104)."""

DICOMStudyDeleted: _Final[_Code] = _Code("DCM", "110105", "DICOM Study Deleted", (400,))
"""DICOM Study Deleted (DCM 110105)."""

Export: _Final[_Code] = _Code("DCM", "110106", "Export", (400,))
"""Export (DCM 110106)."""

Import: _Final[_Code] = _Code("DCM", "110107", "Import", (400,))
"""Import (DCM 110107)."""

NetworkEntry: _Final[_Code] = _Code("DCM", "110108", "Network Entry", (400,))
"""Network Entry (DCM 110108)."""

OrderRecord: _Final[_Code] = _Code("DCM", "110109", "Order Record", (400,))
"""Order Record (DCM 110109)."""

PatientRecord: _Final[_Code] = _Code("DCM", "110110", "Patient Record", (400,))
"""Patient Record (DCM 110110)."""

ProcedureRecord: _Final[_Code] = _Code("DCM", "110111", "Procedure Record", (400,))
"""Procedure Record (DCM 110111)."""

Query: _Final[_Code] = _Code("DCM", "110112", "Query", (400,))
"""Query (DCM 110112)."""

SecurityAlert: _Final[_Code] = _Code("DCM", "110113", "Security Alert", (400,))
"""Security Alert (DCM 110113)."""

UserAuthentication: _Final[_Code] = _Code("DCM", "110114", "User Authentication", (400,))
"""User Authentication (DCM 110114)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ApplicationActivity,
    AuditLogUsed,
    BeginTransferringDICOMInstances,
    DICOMInstancesAccessed,
    DICOMInstancesTransferred,
    DICOMStudyDeleted,
    Export,
    Import,
    NetworkEntry,
    OrderRecord,
    PatientRecord,
    ProcedureRecord,
    Query,
    SecurityAlert,
    UserAuthentication,
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
