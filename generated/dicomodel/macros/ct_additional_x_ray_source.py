"""CT Additional X-Ray Source Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_additional_x_ray_source_sequence_item import (
    CTAdditionalXRaySourceSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTAdditionalXRaySourceMacro",
    "CTAdditionalXRaySourceSequenceItem",
]


class CTAdditionalXRaySourceMacro(DicomModel):
    """CT Additional X-Ray Source Macro Attributes (PS3.3 Table C.8-126b)."""

    dicom_name: ClassVar[str] = "CT Additional X-Ray Source"
    dicom_table: ClassVar[str] = "table_C.8-126b"

    CTAdditionalXRaySourceSequence: Annotated[
        list[CTAdditionalXRaySourceSequenceItem],
        Attribute(0x00189360, "SQ", "1", "1", name="CT Additional X-Ray Source Sequence"),
    ]
    """CT Additional X-Ray Source Sequence (0018,9360): Type 1, VR SQ, VM 1. Contains the Attributes defining the data acquisition in a multiple X-Ray source system beyond the primary source. The primary X-Ray source is specified in the CT X-Ray Details Sequence. One or more Items shall be included in this Sequence."""
