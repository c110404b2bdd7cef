"""ROI Contour Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.roi_contour_sequence_item import ROIContourSequenceItem
from dicomodel.model import Attribute, DicomModel


class ROIContourModule(DicomModel):
    """ROI Contour Module Attributes (PS3.3 Table C.8-42)."""

    dicom_name: ClassVar[str] = "ROI Contour"
    dicom_table: ClassVar[str] = "table_C.8-42"

    ROIContourSequence: Annotated[
        list[ROIContourSequenceItem],
        Attribute(0x30060039, "SQ", "1", "1", name="ROI Contour Sequence"),
    ]
    """ROI Contour Sequence (3006,0039): Type 1, VR SQ, VM 1. Sequence of Contour Sequences defining ROIs. One or more Items shall be included in this Sequence."""
