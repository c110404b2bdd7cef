"""CID 616 Anesthesia Maintenance Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1081.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 616
NAME: Final[str] = "Anesthesia Maintenance Code Type from Anesthesia Quality Initiative"
KEYWORD: Final[str | None] = "AnesthesiaMaintenanceCodeTypeFromAnesthesiaQualityInitiative"
UID: Final[str | None] = "1.2.840.10008.6.1.1081"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

InhalationAnesthesiaSystemClosedRebreathingPrimaryAgent: Final[Code] = Code(
    "SCT", "112987001", "Inhalation anesthesia system closed rebreathing primary agent", (616,)
)
"""Inhalation anesthesia system closed rebreathing primary agent (SCT 112987001)."""

InhalationAnesthesiaSystemClosedNoRebreathingPrimaryAgent: Final[Code] = Code(
    "SCT", "44812007", "Inhalation anesthesia system closed no rebreathing primary agent", (616,)
)
"""Inhalation anesthesia system closed no rebreathing primary agent (SCT 44812007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    InhalationAnesthesiaSystemClosedRebreathingPrimaryAgent,
    InhalationAnesthesiaSystemClosedNoRebreathingPrimaryAgent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
