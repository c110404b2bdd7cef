"""Volumetric Graphic Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.volumetric_annotation_sequence_item import (
        VolumetricAnnotationSequenceItem as _VolumetricAnnotationSequenceItem,
    )
    from dicomodel.items.volumetric_presentation_input_annotation_sequence_item import (
        VolumetricPresentationInputAnnotationSequenceItem as _VolumetricPresentationInputAnnotationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _VolumetricAnnotationSequenceItem = Lazy(
        "dicomodel.items.volumetric_annotation_sequence_item", "VolumetricAnnotationSequenceItem"
    )
    _VolumetricPresentationInputAnnotationSequenceItem = Lazy(
        "dicomodel.items.volumetric_presentation_input_annotation_sequence_item",
        "VolumetricPresentationInputAnnotationSequenceItem",
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
    from dicomodel.items.volumetric_annotation_sequence_item import (
        VolumetricAnnotationSequenceItem as VolumetricAnnotationSequenceItem,
    )
    from dicomodel.items.volumetric_presentation_input_annotation_sequence_item import (
        VolumetricPresentationInputAnnotationSequenceItem as VolumetricPresentationInputAnnotationSequenceItem,
    )

__all__ = [
    "AnnotationClipping",
    "BoundingBoxTextHorizontalJustification",
    "GraphicType",
    "ReferencedStructuredContextSequenceItem",
    "TextObjectSequenceItem",
    "VolumetricAnnotationSequenceItem",
    "VolumetricGraphicAnnotationModule",
    "VolumetricPresentationInputAnnotationSequenceItem",
]


class VolumetricGraphicAnnotationModule(DicomModel):
    """Volumetric Graphic Annotation Module Attributes (PS3.3 Table C.11.28-1)."""

    dicom_name: ClassVar[str] = "Volumetric Graphic Annotation"
    dicom_table: ClassVar[str] = "table_C.11.28-1"

    VolumetricAnnotationSequence: Annotated[
        list[_VolumetricAnnotationSequenceItem] | None,
        Attribute(
            0x00701901,
            "SQ",
            "1",
            "1C",
            name="Volumetric Annotation Sequence",
            when=("not", ("present", 0x00701905)),
            otherwise="may",
        ),
    ] = None
    """Volumetric Annotation Sequence (0070,1901): Type 1C, VR SQ, VM 1. Required if Volumetric Presentation Input Annotation Sequence (0070,1905) is not present. May be present otherwise. Graphic annotations described by coordinates in the Volumetric Presentation State Reference Coordinate System. One or more Items shall be included in this Sequence."""

    VolumetricPresentationInputAnnotationSequence: Annotated[
        list[_VolumetricPresentationInputAnnotationSequenceItem] | None,
        Attribute(
            0x00701905,
            "SQ",
            "1",
            "1C",
            name="Volumetric Presentation Input Annotation Sequence",
            when=("not", ("present", 0x00701901)),
            otherwise="may",
        ),
    ] = None
    """Volumetric Presentation Input Annotation Sequence (0070,1905): Type 1C, VR SQ, VM 1. Required if Volumetric Annotation Sequence (0070,1901) is not present. May be present otherwise. Annotations of inputs in Volumetric Presentation State Input Sequence (0070,1201). One or more Items shall be included in this Sequence. Required if Volumetric Annotation Sequence (0070,1901) is not present. May be present otherwise."""


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
    "VolumetricAnnotationSequenceItem": (
        "dicomodel.items.volumetric_annotation_sequence_item",
        "VolumetricAnnotationSequenceItem",
    ),
    "VolumetricPresentationInputAnnotationSequenceItem": (
        "dicomodel.items.volumetric_presentation_input_annotation_sequence_item",
        "VolumetricPresentationInputAnnotationSequenceItem",
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
