"""CID 27 Basic Cardiac View.

Extensible, version 20120822, UID 1.2.840.10008.6.1.957.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 27
NAME: _Final[str] = "Basic Cardiac View"
KEYWORD: _Final[str | None] = "BasicCardiacView"
UID: _Final[str | None] = "1.2.840.10008.6.1.957"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short Axis", (6, 27, 6166, 7470))
"""Short Axis (SCT 103340004)."""

VerticalLongAxis: _Final[_Code] = _Code("SCT", "131185001", "Vertical Long Axis", (27,))
"""Vertical Long Axis (SCT 131185001)."""

HorizontalLongAxis: _Final[_Code] = _Code("SCT", "131186000", "Horizontal Long Axis", (27,))
"""Horizontal Long Axis (SCT 131186000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ShortAxis, VerticalLongAxis, HorizontalLongAxis)
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
