"""XA/XRF Presentation State Shutter Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_display_shutter_sequence_item_xaxrf_presentation_state_shutter import (
    FrameDisplayShutterSequenceItemXAXRFPresentationStateShutter,
)
from dicomodel.model import Attribute, DicomModel


class XAXRFPresentationStateShutterModule(DicomModel):
    """XA/XRF Presentation State Shutter Module Attributes (PS3.3 Table C.11.20-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Presentation State Shutter"
    dicom_table: ClassVar[str] = "table_C.11.20-1"

    FrameDisplayShutterSequence: Annotated[
        list[FrameDisplayShutterSequenceItemXAXRFPresentationStateShutter],
        Attribute(0x00189472, "SQ", "1", "1", name="Frame Display Shutter Sequence"),
    ]
    """Frame Display Shutter Sequence (0018,9472): Type 1, VR SQ, VM 1. Sequence of shutter specifications to be applied to groups of frames. One or more Items shall be included in this Sequence."""
