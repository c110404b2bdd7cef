"""Scope of Inventory Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as _ScopeOfInventorySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ScopeOfInventorySequenceItem = Lazy(
        "dicomodel.items.scope_of_inventory_sequence_item", "ScopeOfInventorySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.query_retrieve_level import QueryRetrieveLevel as QueryRetrieveLevel
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as ScopeOfInventorySequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as EmptyValueMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as GeneralMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ListOfUIDMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as RangeMatchingSequenceItem,
    )

__all__ = [
    "EmptyValueMatchingSequenceItem",
    "GeneralMatchingSequenceItem",
    "ListOfUIDMatchingSequenceItem",
    "QueryRetrieveLevel",
    "RangeMatchingSequenceItem",
    "ScopeOfInventoryMacro",
    "ScopeOfInventorySequenceItem",
]


class ScopeOfInventoryMacro(DicomModel):
    """Scope of Inventory Macro Attributes (PS3.3 Table C.38.2-1)."""

    dicom_name: ClassVar[str] = "Scope of Inventory"
    dicom_table: ClassVar[str] = "table_C.38.2-1"

    ScopeOfInventorySequence: Annotated[
        list[_ScopeOfInventorySequenceItem] | None,
        Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
    ]
    """Scope of Inventory Sequence (0008,0400): Type 2, VR SQ, VM 1. Matching Key Attribute values for the Studies to be included in the Inventory. See Section C.38.2.1.1.1. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EmptyValueMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "GeneralMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "ListOfUIDMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "QueryRetrieveLevel": ("dicomodel.enums.query_retrieve_level", "QueryRetrieveLevel"),
    "RangeMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "ScopeOfInventorySequenceItem": (
        "dicomodel.items.scope_of_inventory_sequence_item",
        "ScopeOfInventorySequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
