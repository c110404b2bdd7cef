"""CID 4411 Lesion Color.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1479.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4411
NAME: _Final[str] = "Lesion Color"
KEYWORD: _Final[str | None] = "LesionColor"
UID: _Final[str | None] = "1.2.840.10008.6.1.1479"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Red: _Final[_Code] = _Code("SCT", "371240000", "Red", (4206, 4255, 4411, 8122))
"""Red (SCT 371240000)."""

Orange: _Final[_Code] = _Code("SCT", "371242008", "Orange", (4411,))
"""Orange (SCT 371242008)."""

Pink: _Final[_Code] = _Code("SCT", "371243003", "Pink", (4411,))
"""Pink (SCT 371243003)."""

Yellow: _Final[_Code] = _Code("SCT", "371244009", "Yellow", (4255, 4411, 6067))
"""Yellow (SCT 371244009)."""

Purple: _Final[_Code] = _Code("SCT", "371250004", "Purple", (4411,))
"""Purple (SCT 371250004)."""

White: _Final[_Code] = _Code("SCT", "371251000", "White", (4255, 4411, 6067))
"""White (SCT 371251000)."""

Black: _Final[_Code] = _Code("SCT", "371252007", "Black", (4411, 6067))
"""Black (SCT 371252007)."""

Gray: _Final[_Code] = _Code("SCT", "371253002", "Gray", (4411, 6067))
"""Gray (SCT 371253002)."""

Brown: _Final[_Code] = _Code("SCT", "371254008", "Brown", (4411, 6067))
"""Brown (SCT 371254008)."""

Blue: _Final[_Code] = _Code("SCT", "405738005", "Blue", (4206, 4255, 4411, 8122))
"""Blue (SCT 405738005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Red,
    Orange,
    Pink,
    Yellow,
    Purple,
    White,
    Black,
    Gray,
    Brown,
    Blue,
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
