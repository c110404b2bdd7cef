"""CID 614 Anesthesia Induction Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1079.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 614
NAME: Final[str] = "Anesthesia Induction Code Type from Anesthesia Quality Initiative"
KEYWORD: Final[str | None] = "AnesthesiaInductionCodeTypeFromAnesthesiaQualityInitiative"
UID: Final[str | None] = "1.2.840.10008.6.1.1079"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ByInhalation: Final[Code] = Code("SCT", "446406008", "By inhalation", (11, 614))
"""By inhalation (SCT 446406008)."""

IntravenousRoute: Final[Code] = Code("SCT", "47625008", "Intravenous route", (11, 614))
"""Intravenous route (SCT 47625008)."""

PerRectum: Final[Code] = Code("SCT", "37161004", "Per rectum", (11, 614))
"""Per rectum (SCT 37161004)."""

IntramuscularRoute: Final[Code] = Code("SCT", "78421000", "Intramuscular route", (11, 614))
"""Intramuscular route (SCT 78421000)."""

MEMBERS: Final[tuple[Code, ...]] = (ByInhalation, IntravenousRoute, PerRectum, IntramuscularRoute)
"""The resolved membership: own members, then those of the included groups, in order."""
