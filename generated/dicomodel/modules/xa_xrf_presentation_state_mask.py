"""XA/XRF Presentation State Mask Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mask_subtraction_sequence_item_xaxrf_presentation_state_mask import (
    MaskSubtractionSequenceItemXAXRFPresentationStateMask,
)
from dicomodel.model import Attribute, DicomModel


class XAXRFPresentationStateMaskModule(DicomModel):
    """XA/XRF Presentation State Mask Module Attributes (PS3.3 Table C.11.19-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Presentation State Mask"
    dicom_table: ClassVar[str] = "table_C.11.19-1"

    MaskSubtractionSequence: Annotated[
        list[MaskSubtractionSequenceItemXAXRFPresentationStateMask],
        Attribute(0x00286100, "SQ", "1", "1", name="Mask Subtraction Sequence"),
    ]
    """Mask Subtraction Sequence (0028,6100): Type 1, VR SQ, VM 1. Defines a Sequence that describes mask subtraction operations for Multi-frame Images. One or more Items shall be included in this Sequence."""
