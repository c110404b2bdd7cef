"""Item class ReferencedSOPSequenceItemDocumentContent.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_pixel_item import ImagePixelItem as _ImagePixelItem
    from dicomodel.items.sop_instance_reference_item_document_content2 import (
        SOPInstanceReferenceItemDocumentContent2 as _SOPInstanceReferenceItemDocumentContent2,
    )
else:
    from dicomodel.lazy import Lazy

    _ImagePixelItem = Lazy("dicomodel.items.image_pixel_item", "ImagePixelItem")
    _SOPInstanceReferenceItemDocumentContent2 = Lazy(
        "dicomodel.items.sop_instance_reference_item_document_content2",
        "SOPInstanceReferenceItemDocumentContent2",
    )

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.items.image_pixel_item import ImagePixelItem as IconImageSequenceItem
    from dicomodel.items.sop_instance_reference_item_document_content2 import (
        SOPInstanceReferenceItemDocumentContent2 as ReferencedRealWorldValueMappingInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item_document_content2 import (
        SOPInstanceReferenceItemDocumentContent2 as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ColorSpaceTerm",
    "IconImageSequenceItem",
    "PhotometricInterpretationTerm",
    "ReferencedRealWorldValueMappingInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSOPSequenceItemDocumentContent",
]


class ReferencedSOPSequenceItemDocumentContent(DicomModel):
    """An item of Referenced SOP Sequence (0008,1199), as first defined in Document Content Macro Attributes (C.17-5)."""

    dicom_name: ClassVar[str] = "Referenced SOP Sequence"
    dicom_table: ClassVar[str] = "table_C.17-5"

    ReferencedSOPClassUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081150,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Class UID",
            when=("value", 0x0040A040, 0, "in", ("IMAGE",)),
        ),
    ] = None
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081155,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Instance UID",
            when=("value", 0x0040A040, 0, "in", ("IMAGE",)),
        ),
    ] = None
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedFrameNumber: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00081160,
            "IS",
            "1-n",
            "1C",
            name="Referenced Frame Number",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("IMAGE",)),
                (
                    "and",
                    ("unknown", "depends on the multi-frame structure of the pixel data"),
                    ("not", ("present", 0x0062000B)),
                ),
            ),
        ),
    ] = None
    """Referenced Frame Number (0008,1160): Type 1C, VR IS, VM 1-n. Required if the Referenced SOP Instance is a multi-frame image and the reference does not apply to all frames, and Referenced Segment Number (0062,000B) is not present. Identifies the frame numbers within the Referenced SOP Instance to which the reference applies. The first frame shall be denoted as frame number 1. This Attribute may be multi-valued."""

    ReferencedSegmentNumber: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0062000B,
            "US",
            "1-n",
            "1C",
            name="Referenced Segment Number",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("IMAGE",)),
                (
                    "and",
                    ("unknown", "depends on the referenced instance or item"),
                    ("not", ("present", 0x00081160)),
                ),
            ),
        ),
    ] = None
    """Referenced Segment Number (0062,000B): Type 1C, VR US, VM 1-n. Required if the Referenced SOP Instance is a Segmentation and the reference does not apply to all segments and Referenced Frame Number (0008,1160) is not present. Identifies the segments to which the reference applies identified by Segment Number (0062,0004). Required if the Referenced SOP Instance is a Segmentation and the reference does not apply to all segments and Referenced Frame Number (0008,11..."""

    ReferencedSOPSequence: Annotated[
        list[_SOPInstanceReferenceItemDocumentContent2] | None,
        Attribute(0x00081199, "SQ", "1", "3", name="Referenced SOP Sequence"),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 3, VR SQ, VM 1. Reference to a Softcopy Presentation State SOP Class/SOP Instance pair. Only a single Item is permitted in this Sequence."""

    ReferencedRealWorldValueMappingInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItemDocumentContent2] | None,
        Attribute(
            0x0008114B, "SQ", "1", "3", name="Referenced Real World Value Mapping Instance Sequence"
        ),
    ] = None
    """Referenced Real World Value Mapping Instance Sequence (0008,114B): Type 3, VR SQ, VM 1. Reference to a Real World Value Mapping SOP Class/SOP Instance pair. Only a single Item is permitted in this Sequence."""

    IconImageSequence: Annotated[
        list[_ImagePixelItem] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. This Icon Image is representative of the Image. Only a single Item is permitted in this Sequence. The Icon Image shall be no greater than 128 rows by 128 columns."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "IconImageSequenceItem": ("dicomodel.items.image_pixel_item", "ImagePixelItem"),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "ReferencedRealWorldValueMappingInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item_document_content2",
        "SOPInstanceReferenceItemDocumentContent2",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item_document_content2",
        "SOPInstanceReferenceItemDocumentContent2",
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
