"""CID 3835 Cardiac Volume Measurement.

Extensible, version 20051103, UID 1.2.840.10008.6.1.285.
Includes CID 3468, CID 3469.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3835
NAME: Final[str] = "Cardiac Volume Measurement"
KEYWORD: Final[str | None] = "CardiacVolumeMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.285"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = (3468, 3469)
EXTERNAL_SCHEME: Final[str | None] = None

StrokeVolume: Final[Code] = Code("SCT", "90096001", "Stroke Volume", (3835, 12239, 12304))
"""Stroke Volume (SCT 90096001)."""

LeftVentricularEDVolume: Final[Code] = Code("LN", "8821-1", "Left Ventricular ED Volume", (3468,))
"""Left Ventricular ED Volume (LN 8821-1). Included from CID 3468."""

RightVentricularEDVolume: Final[Code] = Code("LN", "8822-9", "Right Ventricular ED Volume", (3468,))
"""Right Ventricular ED Volume (LN 8822-9). Included from CID 3468."""

LeftAtrialEDVolume: Final[Code] = Code("DCM", "122407", "Left Atrial ED Volume", (3468,))
"""Left Atrial ED Volume (DCM 122407). Included from CID 3468."""

LeftVentricularESVolume: Final[Code] = Code("LN", "8823-7", "Left Ventricular ES Volume", (3469,))
"""Left Ventricular ES Volume (LN 8823-7). Included from CID 3469."""

RightVentricularESVolume: Final[Code] = Code("LN", "8824-5", "Right Ventricular ES Volume", (3469,))
"""Right Ventricular ES Volume (LN 8824-5). Included from CID 3469."""

LeftAtrialESVolume: Final[Code] = Code("DCM", "122408", "Left Atrial ES Volume", (3469,))
"""Left Atrial ES Volume (DCM 122408). Included from CID 3469."""

MEMBERS: Final[tuple[Code, ...]] = (
    StrokeVolume,
    LeftVentricularEDVolume,
    RightVentricularEDVolume,
    LeftAtrialEDVolume,
    LeftVentricularESVolume,
    RightVentricularESVolume,
    LeftAtrialESVolume,
)
"""The resolved membership: own members, then those of the included groups, in order."""
