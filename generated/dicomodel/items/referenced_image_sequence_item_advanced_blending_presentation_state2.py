"""Item class ReferencedImageSequenceItemAdvancedBlendingPresentationState2.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedImageSequenceItemAdvancedBlendingPresentationState2",
]


class ReferencedImageSequenceItemAdvancedBlendingPresentationState2(DicomModel):
    """An item of Referenced Image Sequence (0008,1140), as first defined in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    dicom_name: ClassVar[str] = "Referenced Image Sequence"
    dicom_table: ClassVar[str] = "table_C.11.33-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
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
                ("unknown", "depends on the multi-frame structure of the pixel data"),
                ("not", ("present", 0x0062000B)),
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
                ("unknown", "depends on the referenced instance or item"),
                ("not", ("present", 0x00081160)),
            ),
        ),
    ] = None
    """Referenced Segment Number (0062,000B): Type 1C, VR US, VM 1-n. Required if the Referenced SOP Instance is a Segmentation or Surface Segmentation and the reference does not apply to all segments and Referenced Frame Number (0008,1160) is not present. Identifies the Segment Number to which the reference applies. Required if the Referenced SOP Instance is a Segmentation or Surface Segmentation and the reference does not apply to all segments and Referenced Frame Number (0008,1160) is not..."""

    ReferencedOpticalPathIdentifier: Annotated[
        list[vr.SH] | None,
        Attribute(
            0x006A000E,
            "SH",
            "1-n",
            "1C",
            name="Referenced Optical Path Identifier",
            when=(
                "unknown",
                "names no attribute: there is more than one Optical Path in the images to which the this reference applies",
            ),
        ),
    ] = None
    """Referenced Optical Path Identifier (006A,000E): Type 1C, VR SH, VM 1-n. Required if there is more than one Optical Path in the images to which the this reference applies. A single value that identifies the optical path that is the input. Refers to the value in Optical Path Identifier (0048,0106) within the Optical Path Sequence (0048,0105) in the images to which this Presentation State applies."""
