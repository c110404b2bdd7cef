"""MR Spatial Saturation Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_spatial_saturation_sequence_item import MRSpatialSaturationSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MRSpatialSaturationMacro",
    "MRSpatialSaturationSequenceItem",
]


class MRSpatialSaturationMacro(DicomModel):
    """MR Spatial Saturation Macro Attributes (PS3.3 Table C.8-98)."""

    dicom_name: ClassVar[str] = "MR Spatial Saturation"
    dicom_table: ClassVar[str] = "table_C.8-98"

    MRSpatialSaturationSequence: Annotated[
        list[MRSpatialSaturationSequenceItem] | None,
        Attribute(0x00189107, "SQ", "1", "2", name="MR Spatial Saturation Sequence"),
    ]
    """MR Spatial Saturation Sequence (0018,9107): Type 2, VR SQ, VM 1. A Sequence that provides the position of spatial saturation bands deposited as part of the pulse sequence. Zero or more Items shall be included in this Sequence."""
