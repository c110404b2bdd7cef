"""CID 3772 Health Status.

Extensible, version 20240611, UID 1.2.840.10008.6.1.260.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3772
NAME: _Final[str] = "Health Status"
KEYWORD: _Final[str | None] = "HealthStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.260"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Alive: _Final[_Code] = _Code("SCT", "438949009", "Alive", (3772,))
"""Alive (SCT 438949009)."""

AliveAndWell: _Final[_Code] = _Code("SCT", "81323004", "Alive and well", (3772,))
"""Alive and well (SCT 81323004)."""

InRemission: _Final[_Code] = _Code("SCT", "765205004", "In remission", (3772,))
"""In remission (SCT 765205004)."""

SymptomFree: _Final[_Code] = _Code("SCT", "162467007", "Symptom free", (3772,))
"""Symptom free (SCT 162467007)."""

ChronicallyIll: _Final[_Code] = _Code("SCT", "27624003", "Chronically ill", (3772,))
"""Chronically ill (SCT 27624003)."""

SeverelyIll: _Final[_Code] = _Code("SCT", "271593001", "Severely ill", (3772,))
"""Severely ill (SCT 271593001)."""

Disabled: _Final[_Code] = _Code("SCT", "21134002", "Disabled", (3772,))
"""Disabled (SCT 21134002)."""

SeverelyDisabled: _Final[_Code] = _Code("SCT", "161045001", "Severely disabled", (3772,))
"""Severely disabled (SCT 161045001)."""

Deceased: _Final[_Code] = _Code("SCT", "419099009", "Deceased", (3772,))
"""Deceased (SCT 419099009)."""

LostToFollowUp: _Final[_Code] = _Code("SCT", "399307001", "Lost to follow-up", (3772,))
"""Lost to follow-up (SCT 399307001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
