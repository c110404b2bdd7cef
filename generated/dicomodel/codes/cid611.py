"""CID 611 Anesthesia Category Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1076.
Includes CID 612.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 611
NAME: Final[str] = "Anesthesia Category Code Type for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "AnesthesiaCategoryCodeTypeForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1076"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = (612,)
EXTERNAL_SCHEME: Final[str | None] = None

GeneralAnesthesia: Final[Code] = Code("SCT", "50697003", "General anesthesia", (612,))
"""General anesthesia (SCT 50697003). Included from CID 612."""

Sedation: Final[Code] = Code("SCT", "72641008", "Sedation", (612, 9577))
"""Sedation (SCT 72641008). Included from CID 612."""

SpinalAnesthesia: Final[Code] = Code("SCT", "231249005", "Spinal anesthesia", (612,))
"""Spinal anesthesia (SCT 231249005). Included from CID 612."""

EpiduralAnesthesia: Final[Code] = Code("SCT", "18946005", "Epidural anesthesia", (612,))
"""Epidural anesthesia (SCT 18946005). Included from CID 612."""

RegionalAnesthesia: Final[Code] = Code("SCT", "27372005", "Regional anesthesia", (612,))
"""Regional anesthesia (SCT 27372005). Included from CID 612."""

TopicalLocalAnesthesia: Final[Code] = Code("SCT", "386760001", "Topical local anesthesia", (612,))
"""Topical local anesthesia (SCT 386760001). Included from CID 612."""

LocalAnesthesia: Final[Code] = Code("SCT", "386761002", "Local anesthesia", (612,))
"""Local anesthesia (SCT 386761002). Included from CID 612."""

MonitoredAnesthesiaCareMAC: Final[Code] = Code(
    "SCT", "398239001", "Monitored Anesthesia Care (MAC)", (612,)
)
"""Monitored Anesthesia Care (MAC) (SCT 398239001). Included from CID 612."""

MEMBERS: Final[tuple[Code, ...]] = (
    GeneralAnesthesia,
    Sedation,
    SpinalAnesthesia,
    EpiduralAnesthesia,
    RegionalAnesthesia,
    TopicalLocalAnesthesia,
    LocalAnesthesia,
    MonitoredAnesthesiaCareMAC,
)
"""The resolved membership: own members, then those of the included groups, in order."""
