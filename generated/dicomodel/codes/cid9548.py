"""CID 9548 General Accessory Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1295.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9548
NAME: Final[str] = "General Accessory Device Type"
KEYWORD: Final[str | None] = "GeneralAccessoryDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1295"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Graticule: Final[Code] = Code("DCM", "130349", "Graticule", (9548,))
"""Graticule (DCM 130349)."""

Reticle: Final[Code] = Code("DCM", "130350", "Reticle", (9548,))
"""Reticle (DCM 130350)."""

ImageDetector: Final[Code] = Code("DCM", "130351", "Image Detector", (9548,))
"""Image Detector (DCM 130351)."""

FilmHolder: Final[Code] = Code("DCM", "130352", "Film Holder", (9548,))
"""Film Holder (DCM 130352)."""

WinstonLutzPointer: Final[Code] = Code("DCM", "130353", "Winston-Lutz Pointer", (9548,))
"""Winston-Lutz Pointer (DCM 130353)."""

BowtieFilter: Final[Code] = Code("DCM", "130354", "Bowtie Filter", (9548,))
"""Bowtie Filter (DCM 130354)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Graticule,
    Reticle,
    ImageDetector,
    FilmHolder,
    WinstonLutzPointer,
    BowtieFilter,
)
"""The resolved membership: own members, then those of the included groups, in order."""
