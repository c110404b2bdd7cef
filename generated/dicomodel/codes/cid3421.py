"""CID 3421 Procedure Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.84.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3421
NAME: _Final[str] = "Procedure Action"
KEYWORD: _Final[str | None] = "ProcedureAction"
UID: _Final[str | None] = "1.2.840.10008.6.1.84"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StartProcedureAction: _Final[_Code] = _Code("DCM", "121130", "Start Procedure Action", (3421,))
"""Start Procedure Action (DCM 121130)."""

EndProcedureAction: _Final[_Code] = _Code("DCM", "121131", "End Procedure Action", (3421,))
"""End Procedure Action (DCM 121131)."""

SuspendProcedureAction: _Final[_Code] = _Code("DCM", "121132", "Suspend Procedure Action", (3421,))
"""Suspend Procedure Action (DCM 121132)."""

ResumeProcedureAction: _Final[_Code] = _Code("DCM", "121133", "Resume Procedure Action", (3421,))
"""Resume Procedure Action (DCM 121133)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StartProcedureAction,
    EndProcedureAction,
    SuspendProcedureAction,
    ResumeProcedureAction,
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
