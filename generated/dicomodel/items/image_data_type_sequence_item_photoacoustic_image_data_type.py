"""Item class ImageDataTypeSequenceItemPhotoacousticImageDataType.

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ImageDataTypeCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageDataTypeCodeSequenceItem",
    "ImageDataTypeSequenceItemPhotoacousticImageDataType",
    "MappingResourceTerm",
]


class ImageDataTypeSequenceItemPhotoacousticImageDataType(DicomModel):
    """An item of Image Data Type Sequence (0018,9807), as first defined in Photoacoustic Image Data Type Macro Attributes (C.8.34.5.3-1)."""

    dicom_name: ClassVar[str] = "Image Data Type Sequence"
    dicom_table: ClassVar[str] = "table_C.8.34.5.3-1"

    ImageDataTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00189836, "SQ", "1", "1", name="Image Data Type Code Sequence"),
    ]
    """Image Data Type Code Sequence (0018,9836): Type 1, VR SQ, VM 1. Data type of frame."""


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
