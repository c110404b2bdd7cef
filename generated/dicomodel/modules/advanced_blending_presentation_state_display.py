"""Advanced Blending Presentation State Display Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import pixel_presentation as _pixel_presentation
from dicomodel.items.blending_display_sequence_item import BlendingDisplaySequenceItem
from dicomodel.model import Attribute, DicomModel


class AdvancedBlendingPresentationStateDisplayModule(DicomModel):
    """Advanced Blending Presentation State Display Module Attributes (PS3.3 Table C.11.34.1-1)."""

    dicom_name: ClassVar[str] = "Advanced Blending Presentation State Display"
    dicom_table: ClassVar[str] = "table_C.11.34.1-1"

    PixelPresentation: Annotated[
        _pixel_presentation.PixelPresentationRenderDisplay,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "1",
            name="Pixel Presentation",
            enumerated=((0, ("TRUE_COLOR",)),),
        ),
    ]
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. Grayscale or color space of the Presentation State output. Enumerated Values: TRUE_COLOR Output consists of PCS-Values"""

    BlendingDisplaySequence: Annotated[
        list[BlendingDisplaySequenceItem],
        Attribute(0x00701B04, "SQ", "1", "1", name="Blending Display Sequence"),
    ]
    """Blending Display Sequence (0070,1B04): Type 1, VR SQ, VM 1. The blending operations and the input series to be used. Each Item results in a single RGB output that may be reused in a following step. One or more Items shall be included in this Sequence."""
