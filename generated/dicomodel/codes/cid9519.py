"""CID 9519 Radiotherapy Accessory Slot Holder Device Type.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1229.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9519
NAME: Final[str] = "Radiotherapy Accessory Slot Holder Device Type"
KEYWORD: Final[str | None] = "RadiotherapyAccessorySlotHolderDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1229"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RadiotherapyApplicator: Final[Code] = Code("DCM", "130125", "Radiotherapy Applicator", (9519,))
"""Radiotherapy Applicator (DCM 130125)."""

MEMBERS: Final[tuple[Code, ...]] = (RadiotherapyApplicator,)
"""The resolved membership: own members, then those of the included groups, in order."""
