"""Presentation State Mask Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import recommended_viewing_mode as _recommended_viewing_mode
from dicomodel.items.mask_subtraction_sequence_item_presentation_state_mask import (
    MaskSubtractionSequenceItemPresentationStateMask,
)
from dicomodel.model import Attribute, DicomModel


class PresentationStateMaskModule(DicomModel):
    """Presentation State Mask Module Attributes (PS3.3 Table C.11.13-1)."""

    dicom_name: ClassVar[str] = "Presentation State Mask"
    dicom_table: ClassVar[str] = "table_C.11.13-1"

    MaskSubtractionSequence: Annotated[
        list[MaskSubtractionSequenceItemPresentationStateMask] | None,
        Attribute(
            0x00286100, "SQ", "1", "1C", name="Mask Subtraction Sequence", when=("module", "Mask")
        ),
    ] = None
    """Mask Subtraction Sequence (0028,6100): Type 1C, VR SQ, VM 1. Required if Mask Module is present. Required if Mask Module is present. Only a single Item shall be included in this Sequence. Applicable Frame Range (0028,6102) shall not be included in the Sequence Item."""

    RecommendedViewingMode: Annotated[
        _recommended_viewing_mode.RecommendedViewingMode | None,
        Attribute(
            0x00281090,
            "CS",
            "1",
            "1C",
            name="Recommended Viewing Mode",
            enumerated=((0, ("SUB",)),),
            when=("present", 0x00286100),
        ),
    ] = None
    """Recommended Viewing Mode (0028,1090): Type 1C, VR CS, VM 1. Required if Mask Subtraction Sequence (0028,6100) is present. Specifies the recommended viewing protocol(s). Enumerated Values: SUB for subtraction with mask images Required if Mask Subtraction Sequence (0028,6100) is present."""
