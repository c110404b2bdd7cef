"""Structured Display Image Box Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_box_synchronization_sequence_item import (
        ImageBoxSynchronizationSequenceItem as _ImageBoxSynchronizationSequenceItem,
    )
    from dicomodel.items.structured_display_image_box_sequence_item import (
        StructuredDisplayImageBoxSequenceItem as _StructuredDisplayImageBoxSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageBoxSynchronizationSequenceItem = Lazy(
        "dicomodel.items.image_box_synchronization_sequence_item",
        "ImageBoxSynchronizationSequenceItem",
    )
    _StructuredDisplayImageBoxSequenceItem = Lazy(
        "dicomodel.items.structured_display_image_box_sequence_item",
        "StructuredDisplayImageBoxSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.display_set_horizontal_justification import (
        DisplaySetHorizontalJustification as DisplaySetHorizontalJustification,
    )
    from dicomodel.enums.display_set_vertical_justification import (
        DisplaySetVerticalJustification as DisplaySetVerticalJustification,
    )
    from dicomodel.enums.image_box_layout_type import (
        ImageBoxLayoutTypeTerm as ImageBoxLayoutTypeTerm,
    )
    from dicomodel.enums.initial_cine_run_state import (
        InitialCineRunStateTerm as InitialCineRunStateTerm,
    )
    from dicomodel.enums.type_of_synchronization import (
        TypeOfSynchronizationTerm as TypeOfSynchronizationTerm,
    )
    from dicomodel.items.image_box_synchronization_sequence_item import (
        ImageBoxSynchronizationSequenceItem as ImageBoxSynchronizationSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedFirstFrameSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_structured_display_image_box import (
        ReferencedImageSequenceItemStructuredDisplayImageBox as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPresentationStateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStereometricInstanceSequenceItem,
    )
    from dicomodel.items.structured_display_image_box_sequence_item import (
        StructuredDisplayImageBoxSequenceItem as StructuredDisplayImageBoxSequenceItem,
    )

__all__ = [
    "DisplaySetHorizontalJustification",
    "DisplaySetVerticalJustification",
    "ImageBoxLayoutTypeTerm",
    "ImageBoxSynchronizationSequenceItem",
    "InitialCineRunStateTerm",
    "ReferencedFirstFrameSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPresentationStateSequenceItem",
    "ReferencedStereometricInstanceSequenceItem",
    "StructuredDisplayImageBoxModule",
    "StructuredDisplayImageBoxSequenceItem",
    "TypeOfSynchronizationTerm",
]


class StructuredDisplayImageBoxModule(DicomModel):
    """Structured Display Image Box Module Attributes (PS3.3 Table C.11.17-1)."""

    dicom_name: ClassVar[str] = "Structured Display Image Box"
    dicom_table: ClassVar[str] = "table_C.11.17-1"

    StructuredDisplayImageBoxSequence: Annotated[
        list[_StructuredDisplayImageBoxSequenceItem],
        Attribute(0x00720422, "SQ", "1", "1", name="Structured Display Image Box Sequence"),
    ]
    """Structured Display Image Box Sequence (0072,0422): Type 1, VR SQ, VM 1. The image display boxes defined in the display environment, together with the reference to the image to be displayed in each Image Box. One or more Items shall be included in this Sequence."""

    ImageBoxSynchronizationSequence: Annotated[
        list[_ImageBoxSynchronizationSequenceItem] | None,
        Attribute(
            0x00720430,
            "SQ",
            "1",
            "1C",
            name="Image Box Synchronization Sequence",
            when=("unknown", "depends on the synchronization of the acquisition"),
        ),
    ] = None
    """Image Box Synchronization Sequence (0072,0430): Type 1C, VR SQ, VM 1. Required if synchronized display is specified between Image Boxes. Description of synchronized display between two or more Image Boxes. Required if synchronized display is specified between Image Boxes. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DisplaySetHorizontalJustification": (
        "dicomodel.enums.display_set_horizontal_justification",
        "DisplaySetHorizontalJustification",
    ),
    "DisplaySetVerticalJustification": (
        "dicomodel.enums.display_set_vertical_justification",
        "DisplaySetVerticalJustification",
    ),
    "ImageBoxLayoutTypeTerm": ("dicomodel.enums.image_box_layout_type", "ImageBoxLayoutTypeTerm"),
    "ImageBoxSynchronizationSequenceItem": (
        "dicomodel.items.image_box_synchronization_sequence_item",
        "ImageBoxSynchronizationSequenceItem",
    ),
    "InitialCineRunStateTerm": (
        "dicomodel.enums.initial_cine_run_state",
        "InitialCineRunStateTerm",
    ),
    "ReferencedFirstFrameSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_structured_display_image_box",
        "ReferencedImageSequenceItemStructuredDisplayImageBox",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedPresentationStateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedStereometricInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "StructuredDisplayImageBoxSequenceItem": (
        "dicomodel.items.structured_display_image_box_sequence_item",
        "StructuredDisplayImageBoxSequenceItem",
    ),
    "TypeOfSynchronizationTerm": (
        "dicomodel.enums.type_of_synchronization",
        "TypeOfSynchronizationTerm",
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
