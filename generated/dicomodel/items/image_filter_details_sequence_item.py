"""Item class ImageFilterDetailsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ImageFilterDetailsSequenceItem",
]


class ImageFilterDetailsSequenceItem(DicomModel):
    """An item of Image Filter Details Sequence (0018,11BF), as first defined in Performed XA Reconstruction Module Attributes (C.34.18-1)."""

    dicom_name: ClassVar[str] = "Image Filter Details Sequence"
    dicom_table: ClassVar[str] = "table_C.34.18-1"

    ImageFilter: Annotated[vr.SH, Attribute(0x00189320, "SH", "1", "1", name="Image Filter")]
    """Image Filter (0018,9320): Type 1, VR SH, VM 1. A label identifying the filter applied to the reconstructed image."""

    ImageFilterDescription: Annotated[
        vr.UT | None, Attribute(0x00189941, "UT", "1", "3", name="Image Filter Description")
    ] = None
    """Image Filter Description (0018,9941): Type 3, VR UT, VM 1. A description of the nature or effect of the Image Filter (0018,9320). E.g., sharpening, noise removing, edge enhancing, metal artifact reduction."""
