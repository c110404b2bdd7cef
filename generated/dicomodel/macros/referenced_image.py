"""Referenced Image Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as _ReferencedImageSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedImageSequenceItem = Lazy(
        "dicomodel.items.referenced_image_sequence_item", "ReferencedImageSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedImageMacro",
    "ReferencedImageSequenceItem",
]


class ReferencedImageMacro(DicomModel):
    """Referenced Image Macro Attributes (PS3.3 Table C.7.6.16-6)."""

    dicom_name: ClassVar[str] = "Referenced Image"
    dicom_table: ClassVar[str] = "table_C.7.6.16-6"

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItem] | None,
        Attribute(0x00081140, "SQ", "1", "2", name="Referenced Image Sequence"),
    ]
    """Referenced Image Sequence (0008,1140): Type 2, VR SQ, VM 1. The set of images or other composite SOP Instances used to plan the acquisition, if any, and other significant related images. See Section C.7.6.16.2.5.1 for further explanation. Zero or more Items shall be included in this Sequence."""


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
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item",
        "ReferencedImageSequenceItem",
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
