"""Item class VolumetricPresentationInputSetSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.presentation_input_type import (
        PresentationInputTypeValue as _PresentationInputTypeValue,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _PresentationInputTypeValue = Lazy(
        "dicomodel.enums.presentation_input_type", "PresentationInputTypeValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.presentation_input_type import (
        PresentationInputType as PresentationInputType,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSpatialRegistrationSequenceItem,
    )

__all__ = [
    "PresentationInputType",
    "ReferencedImageSequenceItem",
    "ReferencedSpatialRegistrationSequenceItem",
    "VolumetricPresentationInputSetSequenceItem",
]


class VolumetricPresentationInputSetSequenceItem(DicomModel):
    """An item of Volumetric Presentation Input Set Sequence (0070,120A), as first defined in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    dicom_name: ClassVar[str] = "Volumetric Presentation Input Set Sequence"
    dicom_table: ClassVar[str] = "table_C.11.23-1"

    VolumetricPresentationInputSetUID: Annotated[
        vr.UI, Attribute(0x00701209, "UI", "1", "1", name="Volumetric Presentation Input Set UID")
    ]
    """Volumetric Presentation Input Set UID (0070,1209): Type 1, VR UI, VM 1. Unique identifier of this input specification. See Section C.11.23.4."""

    PresentationInputType: Annotated[
        _PresentationInputTypeValue,
        Attribute(
            0x00701202,
            "CS",
            "1",
            "1",
            name="Presentation Input Type",
            enumerated=((0, ("VOLUME",)),),
        ),
    ]
    """Presentation Input Type (0070,1202): Type 1, VR CS, VM 1. Type of input. See Section C.11.23.1. Enumerated Values: VOLUME"""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("value", 0x00701202, 0, "in", ("VOLUME",)),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Presentation Input Type (0070,1202) has a value of VOLUME. The set of images comprising this input volume. One or more Items shall be included in this Sequence. See Section C.11.23.1 for constraints on objects referenced by this Sequence."""

    ReferencedSpatialRegistrationSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00700404,
            "SQ",
            "1",
            "1C",
            name="Referenced Spatial Registration Sequence",
            when=("unknown", "depends on the referenced instance or item"),
            otherwise="may",
        ),
    ] = None
    """Referenced Spatial Registration Sequence (0070,0404): Type 1C, VR SQ, VM 1. Required if the Frame of Reference UID (0020,0052) value of the Images referenced by the Referenced Image Sequence (0008,1140) of this Item of the Volumetric Presentation State Input Sequence (0070,1201) does not match the Frame of Reference UID (0020,0052) value of this Presentation State Instance. May be present otherwise. A reference to a Spatial Registration Instance that is used to register the referenced inputs. Only one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PresentationInputType": ("dicomodel.enums.presentation_input_type", "PresentationInputType"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedSpatialRegistrationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
