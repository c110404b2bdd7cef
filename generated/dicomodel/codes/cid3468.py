"""CID 3468 ED Volume.

Extensible, version 20110124, UID 1.2.840.10008.6.1.110.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3468
NAME: Final[str] = "ED Volume"
KEYWORD: Final[str | None] = "EDVolume"
UID: Final[str | None] = "1.2.840.10008.6.1.110"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricularEDVolume: Final[Code] = Code("LN", "8821-1", "Left Ventricular ED Volume", (3468,))
"""Left Ventricular ED Volume (LN 8821-1)."""

RightVentricularEDVolume: Final[Code] = Code("LN", "8822-9", "Right Ventricular ED Volume", (3468,))
"""Right Ventricular ED Volume (LN 8822-9)."""

LeftAtrialEDVolume: Final[Code] = Code("DCM", "122407", "Left Atrial ED Volume", (3468,))
"""Left Atrial ED Volume (DCM 122407)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricularEDVolume,
    RightVentricularEDVolume,
    LeftAtrialEDVolume,
)
"""The resolved membership: own members, then those of the included groups, in order."""
