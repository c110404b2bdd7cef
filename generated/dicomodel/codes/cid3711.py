"""CID 3711 Valvular Abnormality.

Extensible, version 20160314, UID 1.2.840.10008.6.1.212.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3711
NAME: _Final[str] = "Valvular Abnormality"
KEYWORD: _Final[str | None] = "ValvularAbnormality"
UID: _Final[str | None] = "1.2.840.10008.6.1.212"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Stenosis: _Final[_Code] = _Code("SCT", "44241007", "Stenosis", (3711,))
"""Stenosis (SCT 44241007)."""

Regurgitation: _Final[_Code] = _Code("SCT", "10337008", "Regurgitation", (3711,))
"""Regurgitation (SCT 10337008)."""

CalcifiedHeartValve: _Final[_Code] = _Code("SCT", "373136005", "Calcified Heart Valve", (3711,))
"""Calcified Heart Valve (SCT 373136005)."""

ImmobileHeartValve: _Final[_Code] = _Code("SCT", "373137001", "Immobile Heart Valve", (3711,))
"""Immobile Heart Valve (SCT 373137001)."""

HeartValveFlail: _Final[_Code] = _Code("DCM", "127856", "Heart Valve Flail", (3711,))
"""Heart Valve Flail (DCM 127856)."""

ValvularEndocarditis: _Final[_Code] = _Code("SCT", "89736004", "Valvular endocarditis", (3711,))
"""Valvular endocarditis (SCT 89736004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Stenosis,
    Regurgitation,
    CalcifiedHeartValve,
    ImmobileHeartValve,
    HeartValveFlail,
    ValvularEndocarditis,
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
