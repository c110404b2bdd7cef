"""CID 647 Position Reference Indicator for Frame of Reference.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1112.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 647
NAME: _Final[str] = "Position Reference Indicator for Frame of Reference"
KEYWORD: _Final[str | None] = "PositionReferenceIndicatorForFrameOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.1112"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Bregma: _Final[_Code] = _Code("FMA", "264776", "Bregma", (647,))
"""Bregma (FMA 264776)."""

Lambda: _Final[_Code] = _Code("FMA", "264773", "Lambda", (647,))
"""Lambda (FMA 264773)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Bregma, Lambda)
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
