"""CID 6019 Clockface Location or Region from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.349.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 6019
NAME: _Final[str] = "Clockface Location or Region from BI-RADS®"
KEYWORD: _Final[str | None] = "ClockfaceLocationOrRegionFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.349"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_1OClockPosition: _Final[_Code] = _Code("SCT", "129772004", "1 o'clock position", (6019, 6205))
"""1 o'clock position (SCT 129772004)."""

_2OClockPosition: _Final[_Code] = _Code("SCT", "129773009", "2 o'clock position", (6019, 6205))
"""2 o'clock position (SCT 129773009)."""

_3OClockPosition: _Final[_Code] = _Code("SCT", "129774003", "3 o'clock position", (6019, 6205))
"""3 o'clock position (SCT 129774003)."""

_4OClockPosition: _Final[_Code] = _Code("SCT", "129775002", "4 o'clock position", (6019, 6205))
"""4 o'clock position (SCT 129775002)."""

_5OClockPosition: _Final[_Code] = _Code("SCT", "129776001", "5 o'clock position", (6019, 6205))
"""5 o'clock position (SCT 129776001)."""

_6OClockPosition: _Final[_Code] = _Code("SCT", "129777005", "6 o'clock position", (6019, 6205))
"""6 o'clock position (SCT 129777005)."""

_7OClockPosition: _Final[_Code] = _Code("SCT", "129778000", "7 o'clock position", (6019, 6205))
"""7 o'clock position (SCT 129778000)."""

_8OClockPosition: _Final[_Code] = _Code("SCT", "129779008", "8 o'clock position", (6019, 6205))
"""8 o'clock position (SCT 129779008)."""

_9OClockPosition: _Final[_Code] = _Code("SCT", "129780006", "9 o'clock position", (6019, 6205))
"""9 o'clock position (SCT 129780006)."""

_10OClockPosition: _Final[_Code] = _Code("SCT", "129781005", "10 o'clock position", (6019, 6205))
"""10 o'clock position (SCT 129781005)."""

_11OClockPosition: _Final[_Code] = _Code("SCT", "129782003", "11 o'clock position", (6019, 6205))
"""11 o'clock position (SCT 129782003)."""

_12OClockPosition: _Final[_Code] = _Code("SCT", "129783008", "12 o'clock position", (6019, 6205))
"""12 o'clock position (SCT 129783008)."""

SubareolarRegion: _Final[_Code] = _Code("SCT", "129784002", "Subareolar region", (6019,))
"""Subareolar region (SCT 129784002)."""

AxillaryTailRegion: _Final[_Code] = _Code("SCT", "129785001", "Axillary tail region", (6019,))
"""Axillary tail region (SCT 129785001)."""

CentralRegionOfBreast: _Final[_Code] = _Code(
    "SCT", "129786000", "Central region of breast", (6019,)
)
"""Central region of breast (SCT 129786000)."""

AxillaRegion: _Final[_Code] = _Code("SCT", "129791004", "Axilla region", (6019,))
"""Axilla region (SCT 129791004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
