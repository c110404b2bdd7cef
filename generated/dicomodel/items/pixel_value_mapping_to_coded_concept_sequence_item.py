"""Item class PixelValueMappingToCodedConceptSequenceItem.

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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PixelValueMappingCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PixelValueMappingCodeSequenceItem",
    "PixelValueMappingToCodedConceptSequenceItem",
]


class PixelValueMappingToCodedConceptSequenceItem(DicomModel):
    """An item of Pixel Value Mapping to Coded Concept Sequence (0022,1450), as first defined in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    dicom_name: ClassVar[str] = "Pixel Value Mapping to Coded Concept Sequence"
    dicom_table: ClassVar[str] = "table_C.8.28.2-1"

    MappedPixelValue: Annotated[
        vr.US | vr.SS, Attribute(0x00221452, "US or SS", "1", "1", name="Mapped Pixel Value")
    ]
    """Mapped Pixel Value (0022,1452): Type 1, VR US or SS, VM 1. Pixel value to be mapped."""

    PixelValueMappingCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00409098, "SQ", "1", "1", name="Pixel Value Mapping Code Sequence"),
    ]
    """Pixel Value Mapping Code Sequence (0040,9098): Type 1, VR SQ, VM 1. The mapping from Mapped Pixel Value (0022,1452) to an associated Coded Concept. Only a single Item shall be included in this Sequence."""

    PixelValueMappingExplanation: Annotated[
        vr.LO | None, Attribute(0x00221454, "LO", "1", "3", name="Pixel Value Mapping Explanation")
    ] = None
    """Pixel Value Mapping Explanation (0022,1454): Type 3, VR LO, VM 1. Free form text explanation of the Coded Concept."""


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
    "PixelValueMappingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
