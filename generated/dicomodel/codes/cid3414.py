"""CID 3414 Procedure Urgency.

Extensible, version 20030327, UID 1.2.840.10008.6.1.79.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3414
NAME: Final[str] = "Procedure Urgency"
KEYWORD: Final[str | None] = "ProcedureUrgency"
UID: Final[str | None] = "1.2.840.10008.6.1.79"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ElectiveProcedure: Final[Code] = Code("SCT", "103390000", "Elective Procedure", (3414,))
"""Elective Procedure (SCT 103390000)."""

UrgentProcedure: Final[Code] = Code("SCT", "103391001", "Urgent Procedure", (3414,))
"""Urgent Procedure (SCT 103391001)."""

EmergentProcedure: Final[Code] = Code("SCT", "25876001", "Emergent Procedure", (3414,))
"""Emergent Procedure (SCT 25876001)."""

SalvageProcedure: Final[Code] = Code("SCT", "257950002", "Salvage Procedure", (3414,))
"""Salvage Procedure (SCT 257950002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ElectiveProcedure,
    UrgentProcedure,
    EmergentProcedure,
    SalvageProcedure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
