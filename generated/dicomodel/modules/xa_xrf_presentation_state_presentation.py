"""XA/XRF Presentation State Presentation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.multi_frame_presentation_sequence_item import (
    MultiFramePresentationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class XAXRFPresentationStatePresentationModule(DicomModel):
    """XA/XRF Presentation State Presentation Module Attributes (PS3.3 Table C.11.21-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Presentation State Presentation"
    dicom_table: ClassVar[str] = "table_C.11.21-1"

    MultiFramePresentationSequence: Annotated[
        list[MultiFramePresentationSequenceItem],
        Attribute(0x00289505, "SQ", "1", "1", name="Multi-frame Presentation Sequence"),
    ]
    """Multi-frame Presentation Sequence (0028,9505): Type 1, VR SQ, VM 1. Describes for one or more SOP Instances the recommended playback and display preferences. One or more Items shall be included in this Sequence."""
