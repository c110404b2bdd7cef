"""Item class RTImageFrameRadiationAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.rt_image_frame_mv_radiation_acquisition_sequence_item import (
    RTImageFrameMVRadiationAcquisitionSequenceItem,
)
from dicomodel.items.rt_image_framek_v_radiation_acquisition_sequence_item import (
    RTImageFramekVRadiationAcquisitionSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTImageFrameRadiationAcquisitionSequenceItem(DicomModel):
    """An item of RT Image Frame Radiation Acquisition Sequence (3002,010C), as first defined in RT Image Frame Radiation Acquisition Parameters Macro Attributes (C.36.2.4.10-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame Radiation Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.10-1"

    RTImageFramekVRadiationAcquisitionSequence: Annotated[
        list[RTImageFramekVRadiationAcquisitionSequenceItem] | None,
        Attribute(
            0x3002010A,
            "SQ",
            "1",
            "1C",
            name="RT Image Frame kV Radiation Acquisition Sequence",
            when=("not", ("present", 0x3002010B)),
        ),
    ] = None
    """RT Image Frame kV Radiation Acquisition Sequence (3002,010A): Type 1C, VR SQ, VM 1. Required if RT Image Frame MV Radiation Acquisition Sequence (3002,010B) is not present. The kV photon acquisition parameters of the frame. Required if RT Image Frame MV Radiation Acquisition Sequence (3002,010B) is not present. Only a single Item shall be included in this Sequence."""

    RTImageFrameMVRadiationAcquisitionSequence: Annotated[
        list[RTImageFrameMVRadiationAcquisitionSequenceItem] | None,
        Attribute(
            0x3002010B,
            "SQ",
            "1",
            "1C",
            name="RT Image Frame MV Radiation Acquisition Sequence",
            when=("not", ("present", 0x3002010A)),
        ),
    ] = None
    """RT Image Frame MV Radiation Acquisition Sequence (3002,010B): Type 1C, VR SQ, VM 1. Required if RT Image Frame kV Radiation Acquisition Sequence (3002,010A) is not present. The MV photon or particle acquisition parameters of the frame. Required if RT Image Frame kV Radiation Acquisition Sequence (3002,010A) is not present. Only a single Item shall be included in this Sequence."""
