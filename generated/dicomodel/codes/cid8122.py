"""CID 8122 Microscopy Illuminator and Sensor Color.

Extensible, version 20100824, UID 1.2.840.10008.6.1.899.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8122
NAME: Final[str] = "Microscopy Illuminator and Sensor Color"
KEYWORD: Final[str | None] = "MicroscopyIlluminatorAndSensorColor"
UID: Final[str | None] = "1.2.840.10008.6.1.899"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100824"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FullSpectrum: Final[Code] = Code("SCT", "414298005", "Full Spectrum", (4206, 8122))
"""Full Spectrum (SCT 414298005)."""

Infrared: Final[Code] = Code("SCT", "414497003", "Infrared", (4206, 8122))
"""Infrared (SCT 414497003)."""

Red: Final[Code] = Code("SCT", "371240000", "Red", (4206, 4255, 4411, 8122))
"""Red (SCT 371240000)."""

Green: Final[Code] = Code("SCT", "371246006", "Green", (4206, 4255, 6067, 8122))
"""Green (SCT 371246006)."""

Blue: Final[Code] = Code("SCT", "405738005", "Blue", (4206, 4255, 4411, 8122))
"""Blue (SCT 405738005)."""

Ultraviolet: Final[Code] = Code("SCT", "415770004", "Ultraviolet", (4206, 8122))
"""Ultraviolet (SCT 415770004)."""

MEMBERS: Final[tuple[Code, ...]] = (FullSpectrum, Infrared, Red, Green, Blue, Ultraviolet)
"""The resolved membership: own members, then those of the included groups, in order."""
