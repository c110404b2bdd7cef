"""Item class QuantitySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MeasuringUnitsSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuringUnitsSequenceItem",
    "QuantitySequenceItem",
]


class QuantitySequenceItem(DicomModel):
    """An item of Quantity Sequence (0040,0293), as first defined in Billing and Material Management Code Module Attributes (C.4-17)."""

    dicom_name: ClassVar[str] = "Quantity Sequence"
    dicom_table: ClassVar[str] = "table_C.4-17"

    Quantity: Annotated[vr.DS | None, Attribute(0x00400294, "DS", "1", None, name="Quantity")] = (
        None
    )
    """Quantity (0040,0294): no Type, VR DS, VM 1. Numerical quantity value."""

    MeasuringUnitsSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00400295, "SQ", "1", None, name="Measuring Units Sequence"),
    ] = None
    """Measuring Units Sequence (0040,0295): no Type, VR SQ, VM 1. Unit of measurement. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
