"""CID 6018 Clockface Location or Region.

Extensible, version 20020904, UID 1.2.840.10008.6.1.348.
Includes CID 6019.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 6018
NAME: _Final[str] = "Clockface Location or Region"
KEYWORD: _Final[str | None] = "ClockfaceLocationOrRegion"
UID: _Final[str | None] = "1.2.840.10008.6.1.348"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6019,)
EXTERNAL_SCHEME: _Final[str | None] = None

ChestWall: _Final[_Code] = _Code("SCT", "78904004", "Chest wall", (6018, 6129))
"""Chest wall (SCT 78904004)."""

_1OClockPosition: _Final[_Code] = _Code("SCT", "129772004", "1 o'clock position", (6019, 6205))
"""1 o'clock position (SCT 129772004). Included from CID 6019."""

_2OClockPosition: _Final[_Code] = _Code("SCT", "129773009", "2 o'clock position", (6019, 6205))
"""2 o'clock position (SCT 129773009). Included from CID 6019."""

_3OClockPosition: _Final[_Code] = _Code("SCT", "129774003", "3 o'clock position", (6019, 6205))
"""3 o'clock position (SCT 129774003). Included from CID 6019."""

_4OClockPosition: _Final[_Code] = _Code("SCT", "129775002", "4 o'clock position", (6019, 6205))
"""4 o'clock position (SCT 129775002). Included from CID 6019."""

_5OClockPosition: _Final[_Code] = _Code("SCT", "129776001", "5 o'clock position", (6019, 6205))
"""5 o'clock position (SCT 129776001). Included from CID 6019."""

_6OClockPosition: _Final[_Code] = _Code("SCT", "129777005", "6 o'clock position", (6019, 6205))
"""6 o'clock position (SCT 129777005). Included from CID 6019."""

_7OClockPosition: _Final[_Code] = _Code("SCT", "129778000", "7 o'clock position", (6019, 6205))
"""7 o'clock position (SCT 129778000). Included from CID 6019."""

_8OClockPosition: _Final[_Code] = _Code("SCT", "129779008", "8 o'clock position", (6019, 6205))
"""8 o'clock position (SCT 129779008). Included from CID 6019."""

_9OClockPosition: _Final[_Code] = _Code("SCT", "129780006", "9 o'clock position", (6019, 6205))
"""9 o'clock position (SCT 129780006). Included from CID 6019."""

_10OClockPosition: _Final[_Code] = _Code("SCT", "129781005", "10 o'clock position", (6019, 6205))
"""10 o'clock position (SCT 129781005). Included from CID 6019."""

_11OClockPosition: _Final[_Code] = _Code("SCT", "129782003", "11 o'clock position", (6019, 6205))
"""11 o'clock position (SCT 129782003). Included from CID 6019."""

_12OClockPosition: _Final[_Code] = _Code("SCT", "129783008", "12 o'clock position", (6019, 6205))
"""12 o'clock position (SCT 129783008). Included from CID 6019."""

SubareolarRegion: _Final[_Code] = _Code("SCT", "129784002", "Subareolar region", (6019,))
"""Subareolar region (SCT 129784002). Included from CID 6019."""

AxillaryTailRegion: _Final[_Code] = _Code("SCT", "129785001", "Axillary tail region", (6019,))
"""Axillary tail region (SCT 129785001). Included from CID 6019."""

CentralRegionOfBreast: _Final[_Code] = _Code(
    "SCT", "129786000", "Central region of breast", (6019,)
)
"""Central region of breast (SCT 129786000). Included from CID 6019."""

AxillaRegion: _Final[_Code] = _Code("SCT", "129791004", "Axilla region", (6019,))
"""Axilla region (SCT 129791004). Included from CID 6019."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ChestWall,
    _1OClockPosition,
    _2OClockPosition,
    _3OClockPosition,
    _4OClockPosition,
    _5OClockPosition,
    _6OClockPosition,
    _7OClockPosition,
    _8OClockPosition,
    _9OClockPosition,
    _10OClockPosition,
    _11OClockPosition,
    _12OClockPosition,
    SubareolarRegion,
    AxillaryTailRegion,
    CentralRegionOfBreast,
    AxillaRegion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
