"""CID 6319 Abdominal Intervention Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1376.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6319
NAME: _Final[str] = "Abdominal Intervention Type"
KEYWORD: _Final[str | None] = "AbdominalInterventionType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1376"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SurgicalProcedure: _Final[_Code] = _Code("SCT", "387713003", "Surgical procedure", (6319,))
"""Surgical procedure (SCT 387713003)."""

DiagnosticIntent: _Final[_Code] = _Code(
    "SCT", "261004008", "Diagnostic intent", (3629, 4256, 6061, 6319, 7064)
)
"""Diagnostic intent (SCT 261004008)."""

TherapeuticProcedure: _Final[_Code] = _Code("SCT", "277132007", "Therapeutic procedure", (6319,))
"""Therapeutic procedure (SCT 277132007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SurgicalProcedure, DiagnosticIntent, TherapeuticProcedure)
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
