"""CID 10000 Scope of Accumulation.

Extensible, version 20131010, UID 1.2.840.10008.6.1.534.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10000
NAME: _Final[str] = "Scope of Accumulation"
KEYWORD: _Final[str | None] = "ScopeOfAccumulation"
UID: _Final[str | None] = "1.2.840.10008.6.1.534"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20131010"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Study: _Final[_Code] = _Code("DCM", "113014", "Study", (272, 7012, 10000))
"""Study (DCM 113014)."""

Series: _Final[_Code] = _Code("DCM", "113015", "Series", (272, 7012, 10000))
"""Series (DCM 113015)."""

PerformedProcedureStep: _Final[_Code] = _Code(
    "DCM", "113016", "Performed Procedure Step", (7012, 10000)
)
"""Performed Procedure Step (DCM 113016)."""

ProcedureStepToThisPoint: _Final[_Code] = _Code(
    "DCM", "113970", "Procedure Step To This Point", (10000,)
)
"""Procedure Step To This Point (DCM 113970)."""

IrradiationEvent: _Final[_Code] = _Code("DCM", "113852", "Irradiation Event", (10000,))
"""Irradiation Event (DCM 113852)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Study,
    Series,
    PerformedProcedureStep,
    ProcedureStepToThisPoint,
    IrradiationEvent,
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
