"""CID 12100 Vascular Ultrasound Report Document Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1315.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12100
NAME: Final[str] = "Vascular Ultrasound Report Document Title"
KEYWORD: Final[str | None] = "VascularUltrasoundReportDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.1315"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200310"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

USCarotidArteriesReport: Final[Code] = Code("LN", "24616-5", "US Carotid Arteries Report", (12100,))
"""US Carotid Arteries Report (LN 24616-5)."""

USArteryReport: Final[Code] = Code("LN", "46375-2", "US Artery Report", (12100,))
"""US Artery Report (LN 46375-2)."""

USVeinReport: Final[Code] = Code("LN", "39036-9", "US Vein Report", (12100,))
"""US Vein Report (LN 39036-9)."""

USDopplerVesselsReport: Final[Code] = Code("LN", "39445-2", "US Doppler Vessels Report", (12100,))
"""US Doppler Vessels Report (LN 39445-2)."""

USDopplerAbdominalVesselsReport: Final[Code] = Code(
    "LN", "24534-0", "US Doppler Abdominal Vessels Report", (12100,)
)
"""US Doppler Abdominal Vessels Report (LN 24534-0)."""

USDopplerExtremityVesselsReport: Final[Code] = Code(
    "LN", "43771-5", "US Doppler Extremity Vessels Report", (12100,)
)
"""US Doppler Extremity Vessels Report (LN 43771-5)."""

USDopplerHeadVesselsReport: Final[Code] = Code(
    "LN", "24733-8", "US Doppler Head Vessels Report", (12100,)
)
"""US Doppler Head Vessels Report (LN 24733-8)."""

USDopplerLowerExtremityVesselsReport: Final[Code] = Code(
    "LN", "44174-1", "US Doppler Lower Extremity Vessels Report", (12100,)
)
"""US Doppler Lower Extremity Vessels Report (LN 44174-1)."""

USDopplerUpperExtremityVesselsReport: Final[Code] = Code(
    "LN", "39448-6", "US Doppler Upper Extremity Vessels Report", (12100,)
)
"""US Doppler Upper Extremity Vessels Report (LN 39448-6)."""

PeripheralVascularUltrasoundReport: Final[Code] = Code(
    "SCT", "48526000", "Peripheral Vascular Ultrasound Report", (12100,)
)
"""Peripheral Vascular Ultrasound Report (SCT 48526000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    USCarotidArteriesReport,
    USArteryReport,
    USVeinReport,
    USDopplerVesselsReport,
    USDopplerAbdominalVesselsReport,
    USDopplerExtremityVesselsReport,
    USDopplerHeadVesselsReport,
    USDopplerLowerExtremityVesselsReport,
    USDopplerUpperExtremityVesselsReport,
    PeripheralVascularUltrasoundReport,
)
"""The resolved membership: own members, then those of the included groups, in order."""
