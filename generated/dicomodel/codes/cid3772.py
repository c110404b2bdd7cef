"""CID 3772 Health Status.

Extensible, version 20240611, UID 1.2.840.10008.6.1.260.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3772
NAME: Final[str] = "Health Status"
KEYWORD: Final[str | None] = "HealthStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.260"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Alive: Final[Code] = Code("SCT", "438949009", "Alive", (3772,))
"""Alive (SCT 438949009)."""

AliveAndWell: Final[Code] = Code("SCT", "81323004", "Alive and well", (3772,))
"""Alive and well (SCT 81323004)."""

InRemission: Final[Code] = Code("SCT", "765205004", "In remission", (3772,))
"""In remission (SCT 765205004)."""

SymptomFree: Final[Code] = Code("SCT", "162467007", "Symptom free", (3772,))
"""Symptom free (SCT 162467007)."""

ChronicallyIll: Final[Code] = Code("SCT", "27624003", "Chronically ill", (3772,))
"""Chronically ill (SCT 27624003)."""

SeverelyIll: Final[Code] = Code("SCT", "271593001", "Severely ill", (3772,))
"""Severely ill (SCT 271593001)."""

Disabled: Final[Code] = Code("SCT", "21134002", "Disabled", (3772,))
"""Disabled (SCT 21134002)."""

SeverelyDisabled: Final[Code] = Code("SCT", "161045001", "Severely disabled", (3772,))
"""Severely disabled (SCT 161045001)."""

Deceased: Final[Code] = Code("SCT", "419099009", "Deceased", (3772,))
"""Deceased (SCT 419099009)."""

LostToFollowUp: Final[Code] = Code("SCT", "399307001", "Lost to follow-up", (3772,))
"""Lost to follow-up (SCT 399307001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Alive,
    AliveAndWell,
    InRemission,
    SymptomFree,
    ChronicallyIll,
    SeverelyIll,
    Disabled,
    SeverelyDisabled,
    Deceased,
    LostToFollowUp,
)
"""The resolved membership: own members, then those of the included groups, in order."""
