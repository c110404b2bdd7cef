"""CID 12102 Temporal Period Relating to Procedure or Therapy.

Extensible, version 20050110, UID 1.2.840.10008.6.1.569.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12102
NAME: _Final[str] = "Temporal Period Relating to Procedure or Therapy"
KEYWORD: _Final[str | None] = "TemporalPeriodRelatingToProcedureOrTherapy"
UID: _Final[str | None] = "1.2.840.10008.6.1.569"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AfterProcedure: _Final[_Code] = _Code("SCT", "303110006", "After Procedure", (3815, 12102))
"""After Procedure (SCT 303110006)."""

DuringProcedure: _Final[_Code] = _Code("SCT", "307154001", "During Procedure", (12102,))
"""During Procedure (SCT 307154001)."""

BeforeProcedure: _Final[_Code] = _Code("SCT", "307153007", "Before Procedure", (12102,))
"""Before Procedure (SCT 307153007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AfterProcedure, DuringProcedure, BeforeProcedure)
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
