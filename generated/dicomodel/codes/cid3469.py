"""CID 3469 ES Volume.

Extensible, version 20040614, UID 1.2.840.10008.6.1.111.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3469
NAME: Final[str] = "ES Volume"
KEYWORD: Final[str | None] = "ESVolume"
UID: Final[str | None] = "1.2.840.10008.6.1.111"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricularESVolume: Final[Code] = Code("LN", "8823-7", "Left Ventricular ES Volume", (3469,))
"""Left Ventricular ES Volume (LN 8823-7)."""

RightVentricularESVolume: Final[Code] = Code("LN", "8824-5", "Right Ventricular ES Volume", (3469,))
"""Right Ventricular ES Volume (LN 8824-5)."""

LeftAtrialESVolume: Final[Code] = Code("DCM", "122408", "Left Atrial ES Volume", (3469,))
"""Left Atrial ES Volume (DCM 122408)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricularESVolume,
    RightVentricularESVolume,
    LeftAtrialESVolume,
)
"""The resolved membership: own members, then those of the included groups, in order."""
