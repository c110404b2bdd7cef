"""US Region Calibration Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.sequence_of_ultrasound_regions_item import SequenceOfUltrasoundRegionsItem
from dicomodel.model import Attribute, DicomModel


class USRegionCalibrationModule(DicomModel):
    """US Region Calibration Module Attributes (PS3.3 Table C.8-17)."""

    dicom_name: ClassVar[str] = "US Region Calibration"
    dicom_table: ClassVar[str] = "table_C.8-17"

    SequenceOfUltrasoundRegions: Annotated[
        list[SequenceOfUltrasoundRegionsItem],
        Attribute(0x00186011, "SQ", "1", "1", name="Sequence of Ultrasound Regions"),
    ]
    """Sequence of Ultrasound Regions (0018,6011): Type 1, VR SQ, VM 1. Defines a Sequence of Ultrasound Regions. One or more Items shall be included in this Sequence."""
