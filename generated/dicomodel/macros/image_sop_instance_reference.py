"""Image SOP Instance Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ImageSOPInstanceReferenceMacro",
]


class ImageSOPInstanceReferenceMacro(DicomModel):
    """Image SOP Instance Reference Macro Attributes (PS3.3 Table 10-3)."""

    dicom_name: ClassVar[str] = "Image SOP Instance Reference"
    dicom_table: ClassVar[str] = "table_10-3"

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
