"""CID 609 Animal Feeding Method.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1074.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 609
NAME: Final[str] = "Animal Feeding Method"
KEYWORD: Final[str | None] = "AnimalFeedingMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1074"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AdLibitum: Final[Code] = Code("NCIt", "C64636", "ad libitum", (609,))
"""ad libitum (NCIt C64636)."""

RestrictedDiet: Final[Code] = Code("UMLS", "C0425422", "Restricted diet", (609,))
"""Restricted diet (UMLS C0425422)."""

FoodTreat: Final[Code] = Code("DCM", "127391", "Food treat", (609,))
"""Food treat (DCM 127391)."""

Gavage: Final[Code] = Code("SCT", "61420007", "Gavage", (609,))
"""Gavage (SCT 61420007)."""

MEMBERS: Final[tuple[Code, ...]] = (AdLibitum, RestrictedDiet, FoodTreat, Gavage)
"""The resolved membership: own members, then those of the included groups, in order."""
