"""X-Ray Frame Characteristics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.xaxrf_frame_characteristics_sequence_item import (
    XAXRFFrameCharacteristicsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class XRayFrameCharacteristicsMacro(DicomModel):
    """X-Ray Frame Characteristics Macro Attributes (PS3.3 Table C.8.19.6-1)."""

    dicom_name: ClassVar[str] = "X-Ray Frame Characteristics"
    dicom_table: ClassVar[str] = "table_C.8.19.6-1"

    XAXRFFrameCharacteristicsSequence: Annotated[
        list[XAXRFFrameCharacteristicsSequenceItem],
        Attribute(0x00189412, "SQ", "1", "1", name="XA/XRF Frame Characteristics Sequence"),
    ]
    """XA/XRF Frame Characteristics Sequence (0018,9412): Type 1, VR SQ, VM 1. A Sequence that describes general characteristics of this frame. Only a single Item shall be included in this Sequence."""
