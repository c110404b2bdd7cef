"""CID 6023 Side from BI-RADS®.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.353.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6023
NAME: _Final[str] = "Side from BI-RADS®"
KEYWORD: _Final[str | None] = "SideFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.353"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftBreast: _Final[_Code] = _Code("SCT", "80248007", "Left breast", (6023,))
"""Left breast (SCT 80248007)."""

RightBreast: _Final[_Code] = _Code("SCT", "73056007", "Right breast", (6023,))
"""Right breast (SCT 73056007)."""

BothBreasts: _Final[_Code] = _Code("SCT", "63762007", "Both breasts", (6023,))
"""Both breasts (SCT 63762007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LeftBreast, RightBreast, BothBreasts)
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
