"""CID 4206 Ophthalmic Channel Description.

Extensible, version 20040921, UID 1.2.840.10008.6.1.322.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4206
NAME: _Final[str] = "Ophthalmic Channel Description"
KEYWORD: _Final[str | None] = "OphthalmicChannelDescription"
UID: _Final[str | None] = "1.2.840.10008.6.1.322"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040921"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Blue: _Final[_Code] = _Code("SCT", "405738005", "Blue", (4206, 4255, 4411, 8122))
"""Blue (SCT 405738005)."""

FullSpectrum: _Final[_Code] = _Code("SCT", "414298005", "Full Spectrum", (4206, 8122))
"""Full Spectrum (SCT 414298005)."""

Green: _Final[_Code] = _Code("SCT", "371246006", "Green", (4206, 4255, 6067, 8122))
"""Green (SCT 371246006)."""

Infrared: _Final[_Code] = _Code("SCT", "414497003", "Infrared", (4206, 8122))
"""Infrared (SCT 414497003)."""

Red: _Final[_Code] = _Code("SCT", "371240000", "Red", (4206, 4255, 4411, 8122))
"""Red (SCT 371240000)."""

RedFree: _Final[_Code] = _Code("SCT", "405739002", "Red free", (4206,))
"""Red free (SCT 405739002)."""

Ultraviolet: _Final[_Code] = _Code("SCT", "415770004", "Ultraviolet", (4206, 8122))
"""Ultraviolet (SCT 415770004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Blue,
    FullSpectrum,
    Green,
    Infrared,
    Red,
    RedFree,
    Ultraviolet,
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
