"""Item class VolumetricAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.annotation_clipping import (
        AnnotationClippingValue as _AnnotationClippingValue,
    )
    from dicomodel.enums.graphic_type import (
        GraphicTypeDocumentContentValue as _GraphicTypeDocumentContentValue,
    )
    from dicomodel.items.referenced_structured_context_sequence_item import (
        ReferencedStructuredContextSequenceItem as _ReferencedStructuredContextSequenceItem,
    )
    from dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation import (
        TextObjectSequenceItemVolumetricGraphicAnnotation as _TextObjectSequenceItemVolumetricGraphicAnnotation,
    )
else:
    from dicomodel.lazy import Lazy

    _AnnotationClippingValue = Lazy(
        "dicomodel.enums.annotation_clipping", "AnnotationClippingValue"
    )
    _GraphicTypeDocumentContentValue = Lazy(
        "dicomodel.enums.graphic_type", "GraphicTypeDocumentContentValue"
    )
    _ReferencedStructuredContextSequenceItem = Lazy(
        "dicomodel.items.referenced_structured_context_sequence_item",
        "ReferencedStructuredContextSequenceItem",
    )
    _TextObjectSequenceItemVolumetricGraphicAnnotation = Lazy(
        "dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation",
        "TextObjectSequenceItemVolumetricGraphicAnnotation",
    )

if TYPE_CHECKING:
    from dicomodel.enums.annotation_clipping import AnnotationClipping as AnnotationClipping
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
    )
    from dicomodel.enums.graphic_type import GraphicTypeDocumentContent as GraphicType
    from dicomodel.items.referenced_structured_context_sequence_item import (
        ReferencedStructuredContextSequenceItem as ReferencedStructuredContextSequenceItem,
    )
    from dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation import (
        TextObjectSequenceItemVolumetricGraphicAnnotation as TextObjectSequenceItem,
    )

__all__ = [
    "AnnotationClipping",
    "BoundingBoxTextHorizontalJustification",
    "GraphicType",
    "ReferencedStructuredContextSequenceItem",
    "TextObjectSequenceItem",
    "VolumetricAnnotationSequenceItem",
]


class VolumetricAnnotationSequenceItem(DicomModel):
    """An item of Volumetric Annotation Sequence (0070,1901), as first defined in Volumetric Graphic Annotation Module Attributes (C.11.28-1)."""

    dicom_name: ClassVar[str] = "Volumetric Annotation Sequence"
    dicom_table: ClassVar[str] = "table_C.11.28-1"

    GraphicData: Annotated[
        list[vr.FL], Attribute(0x00700022, "FL", "2-n", "1", name="Graphic Data")
    ]
    """Graphic Data (0070,0022): Type 1, VR FL, VM 2-n. An ordered set of (x,y,z) triplets (in mm and may be negative) that define a region of interest in the Volumetric Presentation State Reference Coordinate System defined by Frame of Reference UID (0020,0052). See Section C.18.9.1.1."""

    GraphicType: Annotated[
        _GraphicTypeDocumentContentValue,
        Attribute(
            0x00700023,
            "CS",
            "1",
            "1",
            name="Graphic Type",
            enumerated=(
                (0, ("POINT", "MULTIPOINT", "POLYLINE", "POLYGON", "ELLIPSE", "ELLIPSOID")),
            ),
        ),
    ]
    """Graphic Type (0070,0023): Type 1, VR CS, VM 1. See Section C.18.9.1.2 for Enumerated Values."""

    GraphicLayer: Annotated[vr.CS, Attribute(0x00700002, "CS", "1", "1", name="Graphic Layer")]
    """Graphic Layer (0070,0002): Type 1, VR CS, VM 1. The layer defined in the Section C.10.7 “Graphic Layer Module” in which the graphics or text is to be rendered."""

    AnnotationClipping: Annotated[
        _AnnotationClippingValue,
        Attribute(
            0x00701907, "CS", "1", "1", name="Annotation Clipping", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Annotation Clipping (0070,1907): Type 1, VR CS, VM 1. Specifies whether the volumetric annotation should be displayed only when it intersects with the presentation view. Enumerated Values: YES NO See Section C.11.28.1."""

    TextObjectSequence: Annotated[
        list[_TextObjectSequenceItemVolumetricGraphicAnnotation] | None,
        Attribute(0x00700008, "SQ", "1", "3", name="Text Object Sequence"),
    ] = None
    """Text Object Sequence (0070,0008): Type 3, VR SQ, VM 1. Sequence that describes a text annotation. One Item shall be included in this Sequence."""

    ReferencedStructuredContextSequence: Annotated[
        list[_ReferencedStructuredContextSequenceItem] | None,
        Attribute(0x00701903, "SQ", "1", "3", name="Referenced Structured Context Sequence"),
    ] = None
    """Referenced Structured Context Sequence (0070,1903): Type 3, VR SQ, VM 1. Reference to a node in a Structured Report Instance providing context for this annotation. Only one Item shall be present in this Sequence. See Section C.11.28.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnnotationClipping": ("dicomodel.enums.annotation_clipping", "AnnotationClipping"),
    "BoundingBoxTextHorizontalJustification": (
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustification",
    ),
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicTypeDocumentContent"),
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
