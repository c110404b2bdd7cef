"""CID 27 Basic Cardiac View.

Extensible, version 20120822, UID 1.2.840.10008.6.1.957.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 27
NAME: Final[str] = "Basic Cardiac View"
KEYWORD: Final[str | None] = "BasicCardiacView"
UID: Final[str | None] = "1.2.840.10008.6.1.957"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20120822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ShortAxis: Final[Code] = Code("SCT", "103340004", "Short Axis", (6, 27, 6166, 7470))
"""Short Axis (SCT 103340004)."""

VerticalLongAxis: Final[Code] = Code("SCT", "131185001", "Vertical Long Axis", (27,))
"""Vertical Long Axis (SCT 131185001)."""

HorizontalLongAxis: Final[Code] = Code("SCT", "131186000", "Horizontal Long Axis", (27,))
"""Horizontal Long Axis (SCT 131186000)."""

MEMBERS: Final[tuple[Code, ...]] = (ShortAxis, VerticalLongAxis, HorizontalLongAxis)
"""The resolved membership: own members, then those of the included groups, in order."""
