"""CID 3426 Consumables Parameter.

Extensible, version 20030327, UID 1.2.840.10008.6.1.88.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3426
NAME: Final[str] = "Consumables Parameter"
KEYWORD: Final[str | None] = "ConsumablesParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.88"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DescriptionOfMaterial: Final[Code] = Code("DCM", "121145", "Description of Material", (3426,))
"""Description of Material (DCM 121145)."""

UnitSerialIdentifier: Final[Code] = Code("DCM", "121148", "Unit Serial Identifier", (3426,))
"""Unit Serial Identifier (DCM 121148)."""

LotIdentifier: Final[Code] = Code("DCM", "121149", "Lot Identifier", (3426,))
"""Lot Identifier (DCM 121149)."""

MEMBERS: Final[tuple[Code, ...]] = (DescriptionOfMaterial, UnitSerialIdentifier, LotIdentifier)
"""The resolved membership: own members, then those of the included groups, in order."""
