"""CID 3823 Respiratory Status.

Extensible, version 20051103, UID 1.2.840.10008.6.1.278.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3823
NAME: _Final[str] = "Respiratory Status"
KEYWORD: _Final[str | None] = "RespiratoryStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.278"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Inspiration: _Final[_Code] = _Code("SCT", "14910006", "inspiration", (3823, 12234))
"""inspiration (SCT 14910006)."""

Expiration: _Final[_Code] = _Code("SCT", "58322009", "expiration", (3823, 12234))
"""expiration (SCT 58322009)."""

AutonomousBreathing: _Final[_Code] = _Code("SCT", "45804006", "autonomous breathing", (3823,))
"""autonomous breathing (SCT 45804006)."""

ValsalvaManeuver: _Final[_Code] = _Code(
    "SCT", "261039008", "Valsalva maneuver", (3271, 3823, 12002)
)
"""Valsalva maneuver (SCT 261039008)."""

CentralBreathingPosition: _Final[_Code] = _Code(
    "DCM", "122612", "central breathing position", (3823,)
)
"""central breathing position (DCM 122612)."""

ShallowBreathing: _Final[_Code] = _Code("SCT", "386616007", "shallow breathing", (3823,))
"""shallow breathing (SCT 386616007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Inspiration,
    Expiration,
    AutonomousBreathing,
    ValsalvaManeuver,
    CentralBreathingPosition,
    ShallowBreathing,
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
