"""Image Data Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_data_type_sequence_item import (
        ImageDataTypeSequenceItem as _ImageDataTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageDataTypeSequenceItem = Lazy(
        "dicomodel.items.image_data_type_sequence_item", "ImageDataTypeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.aliased_data_type import AliasedDataType as AliasedDataType
    from dicomodel.enums.data_type import DataTypeTerm as DataTypeTerm
    from dicomodel.items.image_data_type_sequence_item import (
        ImageDataTypeSequenceItem as ImageDataTypeSequenceItem,
    )

__all__ = [
    "AliasedDataType",
    "DataTypeTerm",
    "ImageDataTypeMacro",
    "ImageDataTypeSequenceItem",
]


class ImageDataTypeMacro(DicomModel):
    """Image Data Type Macro Attributes (PS3.3 Table C.7.6.16.2.24-1)."""

    dicom_name: ClassVar[str] = "Image Data Type"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.24-1"

    ImageDataTypeSequence: Annotated[
        list[_ImageDataTypeSequenceItem],
        Attribute(0x00189807, "SQ", "1", "1", name="Image Data Type Sequence"),
    ]
    """Image Data Type Sequence (0018,9807): Type 1, VR SQ, VM 1. Identifies the data type characteristics of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AliasedDataType": ("dicomodel.enums.aliased_data_type", "AliasedDataType"),
    "DataTypeTerm": ("dicomodel.enums.data_type", "DataTypeTerm"),
    "ImageDataTypeSequenceItem": (
        "dicomodel.items.image_data_type_sequence_item",
        "ImageDataTypeSequenceItem",
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
