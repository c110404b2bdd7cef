"""Item class VolumetricPresentationInputAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_structured_context_sequence_item import (
        ReferencedStructuredContextSequenceItem as _ReferencedStructuredContextSequenceItem,
    )
    from dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation import (
        TextObjectSequenceItemVolumetricGraphicAnnotation as _TextObjectSequenceItemVolumetricGraphicAnnotation,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedStructuredContextSequenceItem = Lazy(
        "dicomodel.items.referenced_structured_context_sequence_item",
        "ReferencedStructuredContextSequenceItem",
    )
    _TextObjectSequenceItemVolumetricGraphicAnnotation = Lazy(
        "dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation",
        "TextObjectSequenceItemVolumetricGraphicAnnotation",
    )

if TYPE_CHECKING:
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
    )
    from dicomodel.items.referenced_structured_context_sequence_item import (
        ReferencedStructuredContextSequenceItem as ReferencedStructuredContextSequenceItem,
    )
    from dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation import (
        TextObjectSequenceItemVolumetricGraphicAnnotation as TextObjectSequenceItem,
    )

__all__ = [
    "BoundingBoxTextHorizontalJustification",
    "ReferencedStructuredContextSequenceItem",
    "TextObjectSequenceItem",
    "VolumetricPresentationInputAnnotationSequenceItem",
]


class VolumetricPresentationInputAnnotationSequenceItem(DicomModel):
    """An item of Volumetric Presentation Input Annotation Sequence (0070,1905), as first defined in Volumetric Graphic Annotation Module Attributes (C.11.28-1)."""

    dicom_name: ClassVar[str] = "Volumetric Presentation Input Annotation Sequence"
    dicom_table: ClassVar[str] = "table_C.11.28-1"

    VolumetricPresentationInputIndex: Annotated[
        vr.US, Attribute(0x00701804, "US", "1", "1", name="Volumetric Presentation Input Index")
    ]
    """Volumetric Presentation Input Index (0070,1804): Type 1, VR US, VM 1. Value of Volumetric Presentation Input Number (0070,1207) for this input in the Volumetric Presentation State Input Sequence (0070,1201). The annotation is intended to refer to a cropped input volume."""

    GraphicLayer: Annotated[vr.CS, Attribute(0x00700002, "CS", "1", "1", name="Graphic Layer")]
    """Graphic Layer (0070,0002): Type 1, VR CS, VM 1. The layer defined in the Section C.10.7 Graphic Layer Module in which the graphic or text is to be rendered."""

    TextObjectSequence: Annotated[
        list[_TextObjectSequenceItemVolumetricGraphicAnnotation],
        Attribute(0x00700008, "SQ", "1", "1", name="Text Object Sequence"),
    ]
    """Text Object Sequence (0070,0008): Type 1, VR SQ, VM 1. Sequence that describes a text annotation. One Item shall be included in this Sequence."""

    ReferencedStructuredContextSequence: Annotated[
        list[_ReferencedStructuredContextSequenceItem] | None,
        Attribute(0x00701903, "SQ", "1", "3", name="Referenced Structured Context Sequence"),
    ] = None
    """Referenced Structured Context Sequence (0070,1903): Type 3, VR SQ, VM 1. Reference to a node in a Structured Report Instance providing context for this annotation. Only one Item shall be present in this Sequence. See Section C.11.28.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BoundingBoxTextHorizontalJustification": (
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustification",
    ),
    "ReferencedStructuredContextSequenceItem": (
        "dicomodel.items.referenced_structured_context_sequence_item",
        "ReferencedStructuredContextSequenceItem",
    ),
    "TextObjectSequenceItem": (
        "dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation",
        "TextObjectSequenceItemVolumetricGraphicAnnotation",
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
