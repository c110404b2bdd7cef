"""CID 6067 Fluid Color.

Extensible, version 20040112, UID 1.2.840.10008.6.1.396.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6067
NAME: _Final[str] = "Fluid Color"
KEYWORD: _Final[str | None] = "FluidColor"
UID: _Final[str | None] = "1.2.840.10008.6.1.396"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

WhiteColor: _Final[_Code] = _Code("SCT", "371251000", "White color", (4255, 4411, 6067))
"""White color (SCT 371251000)."""

YellowColor: _Final[_Code] = _Code("SCT", "371244009", "Yellow color", (4255, 4411, 6067))
"""Yellow color (SCT 371244009)."""

LightBrownColor: _Final[_Code] = _Code("DCM", "111450", "Light brown color", (6067,))
"""Light brown color (DCM 111450)."""

GreenColor: _Final[_Code] = _Code("SCT", "371246006", "Green color", (4206, 4255, 6067, 8122))
"""Green color (SCT 371246006)."""

GrayColor: _Final[_Code] = _Code("SCT", "371253002", "Gray color", (4411, 6067))
"""Gray color (SCT 371253002)."""

DarkRedColor: _Final[_Code] = _Code("DCM", "111451", "Dark red color", (6067,))
"""Dark red color (DCM 111451)."""

DarkBrownColor: _Final[_Code] = _Code("DCM", "111452", "Dark brown color", (6067,))
"""Dark brown color (DCM 111452)."""

Clear: _Final[_Code] = _Code("SCT", "263707001", "Clear", (6067,))
"""Clear (SCT 263707001)."""

BrownColor: _Final[_Code] = _Code("SCT", "371254008", "Brown color", (4411, 6067))
"""Brown color (SCT 371254008)."""

BrightRedColor: _Final[_Code] = _Code("DCM", "111453", "Bright red color", (6067,))
"""Bright red color (DCM 111453)."""

BloodTingedColor: _Final[_Code] = _Code("DCM", "111454", "Blood tinged color", (6067,))
"""Blood tinged color (DCM 111454)."""

BlackColor: _Final[_Code] = _Code("SCT", "371252007", "Black color", (4411, 6067))
"""Black color (SCT 371252007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    WhiteColor,
    YellowColor,
    LightBrownColor,
    GreenColor,
    GrayColor,
    DarkRedColor,
    DarkBrownColor,
    Clear,
    BrownColor,
    BrightRedColor,
    BloodTingedColor,
    BlackColor,
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
