"""CID 3408 Consumable Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.73.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3408
NAME: Final[str] = "Consumable Action"
KEYWORD: Final[str | None] = "ConsumableAction"
UID: Final[str | None] = "1.2.840.10008.6.1.73"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ConsumableTakenFromInventory: Final[Code] = Code(
    "DCM", "122076", "Consumable taken from inventory", (3408,)
)
"""Consumable taken from inventory (DCM 122076)."""

ConsumableReturnedToInventory: Final[Code] = Code(
    "DCM", "122077", "Consumable returned to inventory", (3408,)
)
"""Consumable returned to inventory (DCM 122077)."""

RemainingConsumableDisposed: Final[Code] = Code(
    "DCM", "122078", "Remaining consumable disposed", (3408,)
)
"""Remaining consumable disposed (DCM 122078)."""

ConsumableUnusable: Final[Code] = Code("DCM", "122079", "Consumable unusable", (3408,))
"""Consumable unusable (DCM 122079)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ConsumableTakenFromInventory,
    ConsumableReturnedToInventory,
    RemainingConsumableDisposed,
    ConsumableUnusable,
)
"""The resolved membership: own members, then those of the included groups, in order."""
