"""RT Image Frame Radiation Acquisition Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.rt_image_frame_radiation_acquisition_sequence_item import (
    RTImageFrameRadiationAcquisitionSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTImageFrameRadiationAcquisitionParametersMacro(DicomModel):
    """RT Image Frame Radiation Acquisition Parameters Macro Attributes (PS3.3 Table C.36.2.4.10-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame Radiation Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.36.2.4.10-1"

    RTImageFrameRadiationAcquisitionSequence: Annotated[
        list[RTImageFrameRadiationAcquisitionSequenceItem],
        Attribute(0x3002010C, "SQ", "1", "1", name="RT Image Frame Radiation Acquisition Sequence"),
    ]
    """RT Image Frame Radiation Acquisition Sequence (3002,010C): Type 1, VR SQ, VM 1. The acquisition parameters describing the generation of radiation of the frame. Only a single Item shall be included in this Sequence."""
