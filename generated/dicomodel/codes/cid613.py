"""CID 613 Anesthesia Induction Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1078.
Includes CID 614.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 613
NAME: Final[str] = "Anesthesia Induction Code Type for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "AnesthesiaInductionCodeTypeForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1078"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = (614,)
EXTERNAL_SCHEME: Final[str | None] = None

IntraperitonealRoute: Final[Code] = Code("SCT", "38239002", "Intraperitoneal route", (11, 613))
"""Intraperitoneal route (SCT 38239002)."""

ByInhalation: Final[Code] = Code("SCT", "446406008", "By inhalation", (11, 614))
"""By inhalation (SCT 446406008). Included from CID 614."""

IntravenousRoute: Final[Code] = Code("SCT", "47625008", "Intravenous route", (11, 614))
"""Intravenous route (SCT 47625008). Included from CID 614."""

PerRectum: Final[Code] = Code("SCT", "37161004", "Per rectum", (11, 614))
"""Per rectum (SCT 37161004). Included from CID 614."""

IntramuscularRoute: Final[Code] = Code("SCT", "78421000", "Intramuscular route", (11, 614))
"""Intramuscular route (SCT 78421000). Included from CID 614."""

MEMBERS: Final[tuple[Code, ...]] = (
    IntraperitonealRoute,
    ByInhalation,
    IntravenousRoute,
    PerRectum,
    IntramuscularRoute,
)
"""The resolved membership: own members, then those of the included groups, in order."""
