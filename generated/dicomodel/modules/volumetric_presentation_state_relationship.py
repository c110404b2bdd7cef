"""Volumetric Presentation State Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.global_crop import GlobalCropValue as _GlobalCropValue
    from dicomodel.items.volumetric_presentation_input_set_sequence_item import (
        VolumetricPresentationInputSetSequenceItem as _VolumetricPresentationInputSetSequenceItem,
    )
    from dicomodel.items.volumetric_presentation_state_input_sequence_item import (
        VolumetricPresentationStateInputSequenceItem as _VolumetricPresentationStateInputSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GlobalCropValue = Lazy("dicomodel.enums.global_crop", "GlobalCropValue")
    _VolumetricPresentationInputSetSequenceItem = Lazy(
        "dicomodel.items.volumetric_presentation_input_set_sequence_item",
        "VolumetricPresentationInputSetSequenceItem",
    )
    _VolumetricPresentationStateInputSequenceItem = Lazy(
        "dicomodel.items.volumetric_presentation_state_input_sequence_item",
        "VolumetricPresentationStateInputSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.crop import Crop as Crop
    from dicomodel.enums.global_crop import GlobalCrop as GlobalCrop
    from dicomodel.enums.presentation_input_type import (
        PresentationInputType as PresentationInputType,
    )
    from dicomodel.enums.rendering_method import RenderingMethod as RenderingMethod
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSpatialRegistrationSequenceItem,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem
    from dicomodel.items.volumetric_presentation_input_set_sequence_item import (
        VolumetricPresentationInputSetSequenceItem as VolumetricPresentationInputSetSequenceItem,
    )
    from dicomodel.items.volumetric_presentation_state_input_sequence_item import (
        VolumetricPresentationStateInputSequenceItem as VolumetricPresentationStateInputSequenceItem,
    )

__all__ = [
    "Crop",
    "GlobalCrop",
    "PresentationInputType",
    "ReferencedImageSequenceItem",
    "ReferencedSpatialRegistrationSequenceItem",
    "RenderingMethod",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
    "VolumetricPresentationInputSetSequenceItem",
    "VolumetricPresentationStateInputSequenceItem",
    "VolumetricPresentationStateRelationshipModule",
]


class VolumetricPresentationStateRelationshipModule(DicomModel):
    """Volumetric Presentation State Relationship Module Attributes (PS3.3 Table C.11.23-1)."""

    dicom_name: ClassVar[str] = "Volumetric Presentation State Relationship"
    dicom_table: ClassVar[str] = "table_C.11.23-1"

    VolumetricPresentationInputSetSequence: Annotated[
        list[_VolumetricPresentationInputSetSequenceItem],
        Attribute(0x0070120A, "SQ", "1", "1", name="Volumetric Presentation Input Set Sequence"),
    ]
    """Volumetric Presentation Input Set Sequence (0070,120A): Type 1, VR SQ, VM 1. Input sets specified for use by this Volumetric Presentation State."""

    VolumetricPresentationStateInputSequence: Annotated[
        list[_VolumetricPresentationStateInputSequenceItem],
        Attribute(0x00701201, "SQ", "1", "1", name="Volumetric Presentation State Input Sequence"),
    ]
    """Volumetric Presentation State Input Sequence (0070,1201): Type 1, VR SQ, VM 1. Inputs to the Presentation State. Each Item represents one input. One or more Items shall be included in this Sequence."""

    GlobalCrop: Annotated[
        _GlobalCropValue,
        Attribute(0x0070120B, "CS", "1", "1", name="Global Crop", enumerated=((0, ("YES", "NO")),)),
    ]
    """Global Crop (0070,120B): Type 1, VR CS, VM 1. Specifies whether to apply the cropping specified by Global Cropping Specification Index (0070,120C) to every input of the Volumetric Presentation State. Enumerated Values: YES NO See Section C.11.23.5."""

    GlobalCroppingSpecificationIndex: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0070120C,
            "US",
            "1-n",
            "1C",
            name="Global Cropping Specification Index",
            when=("value", 0x0070120B, 0, "in", ("YES",)),
        ),
    ] = None
    """Global Cropping Specification Index (0070,120C): Type 1C, VR US, VM 1-n. Required if Global Crop (0070,120B) has a value of YES. Values of Cropping Specification Number (0070,1309) of one or more Items in the Volume Cropping Sequence (0070,1301) specifying the cropping methods to be applied to every input."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Crop": ("dicomodel.enums.crop", "Crop"),
    "GlobalCrop": ("dicomodel.enums.global_crop", "GlobalCrop"),
    "PresentationInputType": ("dicomodel.enums.presentation_input_type", "PresentationInputType"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedSpatialRegistrationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RenderingMethod": ("dicomodel.enums.rendering_method", "RenderingMethod"),
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
    "VOILUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
    "VolumetricPresentationInputSetSequenceItem": (
        "dicomodel.items.volumetric_presentation_input_set_sequence_item",
        "VolumetricPresentationInputSetSequenceItem",
    ),
    "VolumetricPresentationStateInputSequenceItem": (
        "dicomodel.items.volumetric_presentation_state_input_sequence_item",
        "VolumetricPresentationStateInputSequenceItem",
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
