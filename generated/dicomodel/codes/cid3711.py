"""CID 3711 Valvular Abnormality.

Extensible, version 20160314, UID 1.2.840.10008.6.1.212.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3711
NAME: Final[str] = "Valvular Abnormality"
KEYWORD: Final[str | None] = "ValvularAbnormality"
UID: Final[str | None] = "1.2.840.10008.6.1.212"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Stenosis: Final[Code] = Code("SCT", "44241007", "Stenosis", (3711,))
"""Stenosis (SCT 44241007)."""

Regurgitation: Final[Code] = Code("SCT", "10337008", "Regurgitation", (3711,))
"""Regurgitation (SCT 10337008)."""

CalcifiedHeartValve: Final[Code] = Code("SCT", "373136005", "Calcified Heart Valve", (3711,))
"""Calcified Heart Valve (SCT 373136005)."""

ImmobileHeartValve: Final[Code] = Code("SCT", "373137001", "Immobile Heart Valve", (3711,))
"""Immobile Heart Valve (SCT 373137001)."""

HeartValveFlail: Final[Code] = Code("DCM", "127856", "Heart Valve Flail", (3711,))
"""Heart Valve Flail (DCM 127856)."""

ValvularEndocarditis: Final[Code] = Code("SCT", "89736004", "Valvular endocarditis", (3711,))
"""Valvular endocarditis (SCT 89736004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Stenosis,
    Regurgitation,
    CalcifiedHeartValve,
    ImmobileHeartValve,
    HeartValveFlail,
    ValvularEndocarditis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
