"""CID 628 Ancillary Medications for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1093.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 628
NAME: Final[str] = "Ancillary Medications for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "AncillaryMedicationsForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1093"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
