"""RT Image Frame Imaging Device Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.imaging_device_location_matrix_sequence_item import (
    ImagingDeviceLocationMatrixSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTImageFrameImagingDevicePositionMacro(DicomModel):
    """RT Image Frame Imaging Device Position Macro Attributes (PS3.3 Table C.36.2.4.9-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame Imaging Device Position"
    dicom_table: ClassVar[str] = "table_C.36.2.4.9-1"

    RTImageFrameImagingDevicePositionSequence: Annotated[
        list[ImagingDeviceLocationMatrixSequenceItem],
        Attribute(
            0x30020109, "SQ", "1", "1", name="RT Image Frame Imaging Device Position Sequence"
        ),
    ]
    """RT Image Frame Imaging Device Position Sequence (3002,0109): Type 1, VR SQ, VM 1. The position of the imaging source and the imaging device for this frame. Only a single Item shall be included in this Sequence."""
