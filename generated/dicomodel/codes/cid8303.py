"""CID 8303 Display Device Type.

Extensible, version 20170417, UID 1.2.840.10008.6.1.983.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8303
NAME: Final[str] = "Display Device Type"
KEYWORD: Final[str | None] = "DisplayDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.983"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170417"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CRTDisplay: Final[Code] = Code("DCM", "109991", "CRT Display", (8303,))
"""CRT Display (DCM 109991)."""

LiquidCrystalDisplay: Final[Code] = Code("DCM", "109992", "Liquid Crystal Display", (8303,))
"""Liquid Crystal Display (DCM 109992)."""

PlasmaDisplay: Final[Code] = Code("DCM", "109993", "Plasma Display", (8303,))
"""Plasma Display (DCM 109993)."""

OLED: Final[Code] = Code("DCM", "109994", "OLED", (8303,))
"""OLED (DCM 109994)."""

DLPRearProjectionSystem: Final[Code] = Code("DCM", "109995", "DLP Rear Projection System", (8303,))
"""DLP Rear Projection System (DCM 109995)."""

DLPFrontProjectionSystem: Final[Code] = Code(
    "DCM", "109996", "DLP Front Projection System", (8303,)
)
"""DLP Front Projection System (DCM 109996)."""

CRTRearProjectionSystem: Final[Code] = Code("DCM", "109997", "CRT Rear Projection System", (8303,))
"""CRT Rear Projection System (DCM 109997)."""

CRTFrontProjectionSystem: Final[Code] = Code(
    "DCM", "109998", "CRT Front Projection System", (8303,)
)
"""CRT Front Projection System (DCM 109998)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CRTDisplay,
    LiquidCrystalDisplay,
    PlasmaDisplay,
    OLED,
    DLPRearProjectionSystem,
    DLPFrontProjectionSystem,
    CRTRearProjectionSystem,
    CRTFrontProjectionSystem,
)
"""The resolved membership: own members, then those of the included groups, in order."""
