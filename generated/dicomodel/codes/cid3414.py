"""CID 3414 Procedure Urgency.

Extensible, version 20030327, UID 1.2.840.10008.6.1.79.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3414
NAME: _Final[str] = "Procedure Urgency"
KEYWORD: _Final[str | None] = "ProcedureUrgency"
UID: _Final[str | None] = "1.2.840.10008.6.1.79"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ElectiveProcedure: _Final[_Code] = _Code("SCT", "103390000", "Elective Procedure", (3414,))
"""Elective Procedure (SCT 103390000)."""

UrgentProcedure: _Final[_Code] = _Code("SCT", "103391001", "Urgent Procedure", (3414,))
"""Urgent Procedure (SCT 103391001)."""

EmergentProcedure: _Final[_Code] = _Code("SCT", "25876001", "Emergent Procedure", (3414,))
"""Emergent Procedure (SCT 25876001)."""

SalvageProcedure: _Final[_Code] = _Code("SCT", "257950002", "Salvage Procedure", (3414,))
"""Salvage Procedure (SCT 257950002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ElectiveProcedure,
    UrgentProcedure,
    EmergentProcedure,
    SalvageProcedure,
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
