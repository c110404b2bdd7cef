"""CID 9518 Radiotherapy Accessory No-slot Holder Device Type.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1228.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9518
NAME: Final[str] = "Radiotherapy Accessory No-slot Holder Device Type"
KEYWORD: Final[str | None] = "RadiotherapyAccessoryNoslotHolderDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1228"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AccessoryTray: Final[Code] = Code("DCM", "130124", "Accessory Tray", (9518,))
"""Accessory Tray (DCM 130124)."""

MEMBERS: Final[tuple[Code, ...]] = (AccessoryTray,)
"""The resolved membership: own members, then those of the included groups, in order."""
