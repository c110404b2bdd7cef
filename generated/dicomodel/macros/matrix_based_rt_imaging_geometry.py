"""Matrix-based RT Imaging Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.imaging_source_position_sequence_item import ImagingSourcePositionSequenceItem
from dicomodel.model import Attribute, DicomModel


class MatrixBasedRTImagingGeometryMacro(DicomModel):
    """Matrix-based RT Imaging Geometry Macro Attributes (PS3.3 Table C.36.2.4.2-1)."""

    dicom_name: ClassVar[str] = "Matrix-based RT Imaging Geometry"
    dicom_table: ClassVar[str] = "table_C.36.2.4.2-1"

    ImagingSourcePositionSequence: Annotated[
        list[ImagingSourcePositionSequenceItem],
        Attribute(0x3002010D, "SQ", "1", "1", name="Imaging Source Position Sequence"),
    ]
    """Imaging Source Position Sequence (3002,010D): Type 1, VR SQ, VM 1. The position of the imaging source. Only a single Item shall be included in this Sequence."""

    ImageReceptorPositionSequence: Annotated[
        list[ImagingSourcePositionSequenceItem],
        Attribute(0x3002010E, "SQ", "1", "1", name="Image Receptor Position Sequence"),
    ]
    """Image Receptor Position Sequence (3002,010E): Type 1, VR SQ, VM 1. The position of the image receptor. Only a single Item shall be included in this Sequence."""
