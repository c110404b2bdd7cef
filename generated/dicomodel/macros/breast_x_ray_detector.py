"""Breast X-Ray Detector Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.detector_position_sequence_item import DetectorPositionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BreastXRayDetectorMacro",
    "DetectorPositionSequenceItem",
]


class BreastXRayDetectorMacro(DicomModel):
    """Breast X-Ray Detector Macro Attributes (PS3.3 Table C.8.31.3-1)."""

    dicom_name: ClassVar[str] = "Breast X-Ray Detector"
    dicom_table: ClassVar[str] = "table_C.8.31.3-1"

    DetectorPositionSequence: Annotated[
        list[DetectorPositionSequenceItem],
        Attribute(0x00189541, "SQ", "1", "1", name="Detector Position Sequence"),
    ]
    """Detector Position Sequence (0018,9541): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the detector. Only a single Item shall be included in this Sequence."""
