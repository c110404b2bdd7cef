"""CID 1003 Anatomical Reference Basis - Spine.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1124.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1003
NAME: _Final[str] = "Anatomical Reference Basis - Spine"
KEYWORD: _Final[str | None] = "AnatomicalReferenceBasisSpine"
UID: _Final[str | None] = "1.2.840.10008.6.1.1124"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160905"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

C1Vertebra: _Final[_Code] = _Code("SCT", "14806007", "C1 vertebra", (1003, 7603))
"""C1 vertebra (SCT 14806007)."""

LevelOfC2C3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243902007", "Level of C2/C3 intervertebral disc", (1003,)
)
"""Level of C2/C3 intervertebral disc (SCT 243902007)."""

LevelOfC3C4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243903002", "Level of C3/C4 intervertebral disc", (1003,)
)
"""Level of C3/C4 intervertebral disc (SCT 243903002)."""

LevelOfC4C5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243904008", "Level of C4/C5 intervertebral disc", (1003,)
)
"""Level of C4/C5 intervertebral disc (SCT 243904008)."""

LevelOfC5C6IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243905009", "Level of C5/C6 intervertebral disc", (1003,)
)
"""Level of C5/C6 intervertebral disc (SCT 243905009)."""

LevelOfC6C7IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243906005", "Level of C6/C7 intervertebral disc", (1003,)
)
"""Level of C6/C7 intervertebral disc (SCT 243906005)."""

LevelOfC7T1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243925008", "Level of C7/T1 intervertebral disc", (1003,)
)
"""Level of C7/T1 intervertebral disc (SCT 243925008)."""

LevelOfL1L2IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243920003", "Level of L1/L2 intervertebral disc", (1003,)
)
"""Level of L1/L2 intervertebral disc (SCT 243920003)."""

LevelOfL2L3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243921004", "Level of L2/L3 intervertebral disc", (1003,)
)
"""Level of L2/L3 intervertebral disc (SCT 243921004)."""

LevelOfL3L4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243922006", "Level of L3/L4 intervertebral disc", (1003,)
)
"""Level of L3/L4 intervertebral disc (SCT 243922006)."""

LevelOfL4L5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243923001", "Level of L4/L5 intervertebral disc", (1003,)
)
"""Level of L4/L5 intervertebral disc (SCT 243923001)."""

LevelOfL5S1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243927000", "Level of L5/S1 intervertebral disc", (1003,)
)
"""Level of L5/S1 intervertebral disc (SCT 243927000)."""

LevelOfT1T2IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243908006", "Level of T1/T2 intervertebral disc", (1003,)
)
"""Level of T1/T2 intervertebral disc (SCT 243908006)."""

LevelOfT10T11IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243917006", "Level of T10/T11 intervertebral disc", (1003,)
)
"""Level of T10/T11 intervertebral disc (SCT 243917006)."""

LevelOfT11T12IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243918001", "Level of T11/T12 intervertebral disc", (1003,)
)
"""Level of T11/T12 intervertebral disc (SCT 243918001)."""

LevelOfT12L1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243926009", "Level of T12/L1 intervertebral disc", (1003,)
)
"""Level of T12/L1 intervertebral disc (SCT 243926009)."""

LevelOfT2T3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243909003", "Level of T2/T3 intervertebral disc", (1003,)
)
"""Level of T2/T3 intervertebral disc (SCT 243909003)."""

LevelOfT3T4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243910008", "Level of T3/T4 intervertebral disc", (1003,)
)
"""Level of T3/T4 intervertebral disc (SCT 243910008)."""

LevelOfT4T5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243911007", "Level of T4/T5 intervertebral disc", (1003,)
)
"""Level of T4/T5 intervertebral disc (SCT 243911007)."""

LevelOfT5T6IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243912000", "Level of T5/T6 intervertebral disc", (1003,)
)
"""Level of T5/T6 intervertebral disc (SCT 243912000)."""

LevelOfT6T7IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243913005", "Level of T6/T7 intervertebral disc", (1003,)
)
"""Level of T6/T7 intervertebral disc (SCT 243913005)."""

LevelOfT7T8IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243914004", "Level of T7/T8 intervertebral disc", (1003,)
)
"""Level of T7/T8 intervertebral disc (SCT 243914004)."""

LevelOfT8T9IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243915003", "Level of T8/T9 intervertebral disc", (1003,)
)
"""Level of T8/T9 intervertebral disc (SCT 243915003)."""

LevelOfT9T10IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243916002", "Level of T9/T10 intervertebral disc", (1003,)
)
"""Level of T9/T10 intervertebral disc (SCT 243916002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    C1Vertebra,
    LevelOfC2C3IntervertebralDisc,
    LevelOfC3C4IntervertebralDisc,
    LevelOfC4C5IntervertebralDisc,
    LevelOfC5C6IntervertebralDisc,
    LevelOfC6C7IntervertebralDisc,
    LevelOfC7T1IntervertebralDisc,
    LevelOfL1L2IntervertebralDisc,
    LevelOfL2L3IntervertebralDisc,
    LevelOfL3L4IntervertebralDisc,
    LevelOfL4L5IntervertebralDisc,
    LevelOfL5S1IntervertebralDisc,
    LevelOfT1T2IntervertebralDisc,
    LevelOfT10T11IntervertebralDisc,
    LevelOfT11T12IntervertebralDisc,
    LevelOfT12L1IntervertebralDisc,
    LevelOfT2T3IntervertebralDisc,
    LevelOfT3T4IntervertebralDisc,
    LevelOfT4T5IntervertebralDisc,
    LevelOfT5T6IntervertebralDisc,
    LevelOfT6T7IntervertebralDisc,
    LevelOfT7T8IntervertebralDisc,
    LevelOfT8T9IntervertebralDisc,
    LevelOfT9T10IntervertebralDisc,
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
