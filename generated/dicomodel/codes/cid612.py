"""CID 612 Anesthesia Category Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1077.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 612
NAME: Final[str] = "Anesthesia Category Code Type from Anesthesia Quality Initiative"
KEYWORD: Final[str | None] = "AnesthesiaCategoryCodeTypeFromAnesthesiaQualityInitiative"
UID: Final[str | None] = "1.2.840.10008.6.1.1077"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GeneralAnesthesia: Final[Code] = Code("SCT", "50697003", "General anesthesia", (612,))
"""General anesthesia (SCT 50697003)."""

Sedation: Final[Code] = Code("SCT", "72641008", "Sedation", (612, 9577))
"""Sedation (SCT 72641008)."""

SpinalAnesthesia: Final[Code] = Code("SCT", "231249005", "Spinal anesthesia", (612,))
"""Spinal anesthesia (SCT 231249005)."""

EpiduralAnesthesia: Final[Code] = Code("SCT", "18946005", "Epidural anesthesia", (612,))
"""Epidural anesthesia (SCT 18946005)."""

RegionalAnesthesia: Final[Code] = Code("SCT", "27372005", "Regional anesthesia", (612,))
"""Regional anesthesia (SCT 27372005)."""

TopicalLocalAnesthesia: Final[Code] = Code("SCT", "386760001", "Topical local anesthesia", (612,))
"""Topical local anesthesia (SCT 386760001)."""

LocalAnesthesia: Final[Code] = Code("SCT", "386761002", "Local anesthesia", (612,))
"""Local anesthesia (SCT 386761002)."""

MonitoredAnesthesiaCareMAC: Final[Code] = Code(
    "SCT", "398239001", "Monitored Anesthesia Care (MAC)", (612,)
)
"""Monitored Anesthesia Care (MAC) (SCT 398239001)."""

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
