"""CID 4255 Visual Field Illumination Color.

Extensible, version 20100827, UID 1.2.840.10008.6.1.914.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4255
NAME: _Final[str] = "Visual Field Illumination Color"
KEYWORD: _Final[str | None] = "VisualFieldIlluminationColor"
UID: _Final[str | None] = "1.2.840.10008.6.1.914"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Yellow: _Final[_Code] = _Code("SCT", "371244009", "Yellow", (4255, 4411, 6067))
"""Yellow (SCT 371244009)."""

White: _Final[_Code] = _Code("SCT", "371251000", "White", (4255, 4411, 6067))
"""White (SCT 371251000)."""

Red: _Final[_Code] = _Code("SCT", "371240000", "Red", (4206, 4255, 4411, 8122))
"""Red (SCT 371240000)."""

Blue: _Final[_Code] = _Code("SCT", "405738005", "Blue", (4206, 4255, 4411, 8122))
"""Blue (SCT 405738005)."""

Green: _Final[_Code] = _Code("SCT", "371246006", "Green", (4206, 4255, 6067, 8122))
"""Green (SCT 371246006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Yellow, White, Red, Blue, Green)
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
