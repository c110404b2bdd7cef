"""CID 3401 Log Note Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.66.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3401
NAME: Final[str] = "Log Note Type"
KEYWORD: Final[str | None] = "LogNoteType"
UID: Final[str | None] = "1.2.840.10008.6.1.66"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TechNote: Final[Code] = Code("DCM", "121171", "Tech Note", (3401,))
"""Tech Note (DCM 121171)."""

NursingNote: Final[Code] = Code("DCM", "121172", "Nursing Note", (3401,))
"""Nursing Note (DCM 121172)."""

PhysicianNote: Final[Code] = Code("DCM", "121173", "Physician Note", (3401,))
"""Physician Note (DCM 121173)."""

ProcedureNote: Final[Code] = Code("DCM", "121174", "Procedure Note", (3401,))
"""Procedure Note (DCM 121174)."""

PatientStatusOrEvent: Final[Code] = Code("DCM", "121123", "Patient Status or Event", (3401,))
"""Patient Status or Event (DCM 121123)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TechNote,
    NursingNote,
    PhysicianNote,
    ProcedureNote,
    PatientStatusOrEvent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
