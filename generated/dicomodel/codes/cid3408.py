"""CID 3408 Consumable Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.73.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3408
NAME: _Final[str] = "Consumable Action"
KEYWORD: _Final[str | None] = "ConsumableAction"
UID: _Final[str | None] = "1.2.840.10008.6.1.73"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ConsumableTakenFromInventory: _Final[_Code] = _Code(
    "DCM", "122076", "Consumable taken from inventory", (3408,)
)
"""Consumable taken from inventory (DCM 122076)."""

ConsumableReturnedToInventory: _Final[_Code] = _Code(
    "DCM", "122077", "Consumable returned to inventory", (3408,)
)
"""Consumable returned to inventory (DCM 122077)."""

RemainingConsumableDisposed: _Final[_Code] = _Code(
    "DCM", "122078", "Remaining consumable disposed", (3408,)
)
"""Remaining consumable disposed (DCM 122078)."""

ConsumableUnusable: _Final[_Code] = _Code("DCM", "122079", "Consumable unusable", (3408,))
"""Consumable unusable (DCM 122079)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ConsumableTakenFromInventory,
    ConsumableReturnedToInventory,
    RemainingConsumableDisposed,
    ConsumableUnusable,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
