"""Photoacoustic Image Data Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_data_type_sequence_item_photoacoustic_image_data_type import (
        ImageDataTypeSequenceItemPhotoacousticImageDataType as _ImageDataTypeSequenceItemPhotoacousticImageDataType,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageDataTypeSequenceItemPhotoacousticImageDataType = Lazy(
        "dicomodel.items.image_data_type_sequence_item_photoacoustic_image_data_type",
        "ImageDataTypeSequenceItemPhotoacousticImageDataType",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ImageDataTypeCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_data_type_sequence_item_photoacoustic_image_data_type import (
        ImageDataTypeSequenceItemPhotoacousticImageDataType as ImageDataTypeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageDataTypeCodeSequenceItem",
    "ImageDataTypeSequenceItem",
    "MappingResourceTerm",
    "PhotoacousticImageDataTypeMacro",
]


class PhotoacousticImageDataTypeMacro(DicomModel):
    """Photoacoustic Image Data Type Macro Attributes (PS3.3 Table C.8.34.5.3-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Image Data Type"
    dicom_table: ClassVar[str] = "table_C.8.34.5.3-1"

    ImageDataTypeSequence: Annotated[
        list[_ImageDataTypeSequenceItemPhotoacousticImageDataType],
        Attribute(0x00189807, "SQ", "1", "1", name="Image Data Type Sequence"),
    ]
    """Image Data Type Sequence (0018,9807): Type 1, VR SQ, VM 1. Identifies the data type characteristics of this frame. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageDataTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ImageDataTypeSequenceItem": (
        "dicomodel.items.image_data_type_sequence_item_photoacoustic_image_data_type",
        "ImageDataTypeSequenceItemPhotoacousticImageDataType",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
