"""CID 3823 Respiratory Status.

Extensible, version 20051103, UID 1.2.840.10008.6.1.278.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3823
NAME: Final[str] = "Respiratory Status"
KEYWORD: Final[str | None] = "RespiratoryStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.278"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Inspiration: Final[Code] = Code("SCT", "14910006", "inspiration", (3823, 12234))
"""inspiration (SCT 14910006)."""

Expiration: Final[Code] = Code("SCT", "58322009", "expiration", (3823, 12234))
"""expiration (SCT 58322009)."""

AutonomousBreathing: Final[Code] = Code("SCT", "45804006", "autonomous breathing", (3823,))
"""autonomous breathing (SCT 45804006)."""

ValsalvaManeuver: Final[Code] = Code("SCT", "261039008", "Valsalva maneuver", (3271, 3823, 12002))
"""Valsalva maneuver (SCT 261039008)."""

CentralBreathingPosition: Final[Code] = Code("DCM", "122612", "central breathing position", (3823,))
"""central breathing position (DCM 122612)."""

ShallowBreathing: Final[Code] = Code("SCT", "386616007", "shallow breathing", (3823,))
"""shallow breathing (SCT 386616007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Inspiration,
    Expiration,
    AutonomousBreathing,
    ValsalvaManeuver,
    CentralBreathingPosition,
    ShallowBreathing,
)
"""The resolved membership: own members, then those of the included groups, in order."""
