"""Item class BillingSuppliesAndDevicesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.quantity_sequence_item import QuantitySequenceItem as _QuantitySequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _QuantitySequenceItem = Lazy("dicomodel.items.quantity_sequence_item", "QuantitySequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BillingItemSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MeasuringUnitsSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.quantity_sequence_item import QuantitySequenceItem as QuantitySequenceItem

__all__ = [
    "BillingItemSequenceItem",
    "BillingSuppliesAndDevicesSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuringUnitsSequenceItem",
    "QuantitySequenceItem",
]


class BillingSuppliesAndDevicesSequenceItem(DicomModel):
    """An item of Billing Supplies and Devices Sequence (0040,0324), as first defined in Billing and Material Management Code Module Attributes (C.4-17)."""

    dicom_name: ClassVar[str] = "Billing Supplies and Devices Sequence"
    dicom_table: ClassVar[str] = "table_C.4-17"

    BillingItemSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00400296, "SQ", "1", None, name="Billing Item Sequence"),
    ] = None
    """Billing Item Sequence (0040,0296): no Type, VR SQ, VM 1. Code values of chemicals, supplies or devices required for billing. Code values of chemicals, supplies or devices required for billing. Zero or one Item shall be included in this Sequence."""

    QuantitySequence: Annotated[
        list[_QuantitySequenceItem] | None,
        Attribute(0x00400293, "SQ", "1", None, name="Quantity Sequence"),
    ] = None
    """Quantity Sequence (0040,0293): no Type, VR SQ, VM 1. Sequence containing the quantity of used chemicals or devices. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BillingItemSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasuringUnitsSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "QuantitySequenceItem": ("dicomodel.items.quantity_sequence_item", "QuantitySequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
