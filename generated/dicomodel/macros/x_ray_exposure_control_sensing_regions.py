"""X-Ray Exposure Control Sensing Regions Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.exposure_control_sensing_regions_sequence_item import (
    ExposureControlSensingRegionsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class XRayExposureControlSensingRegionsMacro(DicomModel):
    """X-Ray Exposure Control Sensing Regions Macro Attributes (PS3.3 Table C.8.19.6-3)."""

    dicom_name: ClassVar[str] = "X-Ray Exposure Control Sensing Regions"
    dicom_table: ClassVar[str] = "table_C.8.19.6-3"

    ExposureControlSensingRegionsSequence: Annotated[
        list[ExposureControlSensingRegionsSequenceItem],
        Attribute(0x00189434, "SQ", "1", "1", name="Exposure Control Sensing Regions Sequence"),
    ]
    """Exposure Control Sensing Regions Sequence (0018,9434): Type 1, VR SQ, VM 1. Sequence containing the Exposure Control Sensing Region for this frame. One or more Items shall be included in this Sequence."""
