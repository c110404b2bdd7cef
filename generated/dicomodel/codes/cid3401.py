"""CID 3401 Log Note Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.66.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3401
NAME: _Final[str] = "Log Note Type"
KEYWORD: _Final[str | None] = "LogNoteType"
UID: _Final[str | None] = "1.2.840.10008.6.1.66"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TechNote: _Final[_Code] = _Code("DCM", "121171", "Tech Note", (3401,))
"""Tech Note (DCM 121171)."""

NursingNote: _Final[_Code] = _Code("DCM", "121172", "Nursing Note", (3401,))
"""Nursing Note (DCM 121172)."""

PhysicianNote: _Final[_Code] = _Code("DCM", "121173", "Physician Note", (3401,))
"""Physician Note (DCM 121173)."""

ProcedureNote: _Final[_Code] = _Code("DCM", "121174", "Procedure Note", (3401,))
"""Procedure Note (DCM 121174)."""

PatientStatusOrEvent: _Final[_Code] = _Code("DCM", "121123", "Patient Status or Event", (3401,))
"""Patient Status or Event (DCM 121123)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TechNote,
    NursingNote,
    PhysicianNote,
    ProcedureNote,
    PatientStatusOrEvent,
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
