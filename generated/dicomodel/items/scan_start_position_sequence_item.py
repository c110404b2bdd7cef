"""Item class ScanStartPositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry import (
    ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry,
)
from dicomodel.model import Attribute, DicomModel


class ScanStartPositionSequenceItem(DicomModel):
    """An item of Scan Start Position Sequence (3002,012B), as first defined in 3D RT Cone-Beam Imaging Geometry Macro Attributes (C.36.2.4.5-1)."""

    dicom_name: ClassVar[str] = "Scan Start Position Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.5-1"

    ImagingSourcePositionSequence: Annotated[
        list[ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry],
        Attribute(0x3002010D, "SQ", "1", "1", name="Imaging Source Position Sequence"),
    ]
    """Imaging Source Position Sequence (3002,010D): Type 1, VR SQ, VM 1. The position of the imaging source. Only a single Item shall be included in this Sequence."""

    ImageReceptorPositionSequence: Annotated[
        list[ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry],
        Attribute(0x3002010E, "SQ", "1", "1", name="Image Receptor Position Sequence"),
    ]
    """Image Receptor Position Sequence (3002,010E): Type 1, VR SQ, VM 1. The position of the image receptor. Only a single Item shall be included in this Sequence."""
