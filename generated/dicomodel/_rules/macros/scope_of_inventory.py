"""Presence rules of Scope of Inventory Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ScopeOfInventoryMacro = (
    "table_C.38.2-1",
    (
        (
            "ScopeOfInventorySequence",
            Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
            Lazy(
                "dicomodel.items.scope_of_inventory_sequence_item", "ScopeOfInventorySequenceItem"
            ),
        ),
    ),
)
