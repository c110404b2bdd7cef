"""CID 608 Animal Feed Source.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1073.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 608
NAME: Final[str] = "Animal Feed Source"
KEYWORD: Final[str | None] = "AnimalFeedSource"
UID: Final[str | None] = "1.2.840.10008.6.1.1073"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CommercialProduct: Final[Code] = Code("UMLS", "C1547887", "Commercial product", (608,))
"""Commercial product (UMLS C1547887)."""

LocallyManufacturedProduct: Final[Code] = Code(
    "DCM", "127390", "Locally manufactured product", (608,)
)
"""Locally manufactured product (DCM 127390)."""

MEMBERS: Final[tuple[Code, ...]] = (CommercialProduct, LocallyManufacturedProduct)
"""The resolved membership: own members, then those of the included groups, in order."""
