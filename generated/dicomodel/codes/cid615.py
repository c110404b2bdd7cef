"""CID 615 Anesthesia Maintenance Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1080.
Includes CID 616.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 615
NAME: Final[str] = "Anesthesia Maintenance Code Type for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "AnesthesiaMaintenanceCodeTypeForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1080"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = (616,)
EXTERNAL_SCHEME: Final[str | None] = None

InhalationAnesthesiaSystemClosedRebreathingPrimaryAgent: Final[Code] = Code(
    "SCT", "112987001", "Inhalation anesthesia system closed rebreathing primary agent", (616,)
)
"""Inhalation anesthesia system closed rebreathing primary agent (SCT 112987001). Included from CID 616."""

InhalationAnesthesiaSystemClosedNoRebreathingPrimaryAgent: Final[Code] = Code(
    "SCT", "44812007", "Inhalation anesthesia system closed no rebreathing primary agent", (616,)
)
"""Inhalation anesthesia system closed no rebreathing primary agent (SCT 44812007). Included from CID 616."""

MEMBERS: Final[tuple[Code, ...]] = (
    InhalationAnesthesiaSystemClosedRebreathingPrimaryAgent,
    InhalationAnesthesiaSystemClosedNoRebreathingPrimaryAgent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
