"""MR Spectroscopy Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_spectroscopy_frame_type_sequence_item import (
    MRSpectroscopyFrameTypeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MRSpectroscopyFrameTypeMacro(DicomModel):
    """MR Spectroscopy Frame Type Macro Attributes (PS3.3 Table C.8-104)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy Frame Type"
    dicom_table: ClassVar[str] = "table_C.8-104"

    MRSpectroscopyFrameTypeSequence: Annotated[
        list[MRSpectroscopyFrameTypeSequenceItem],
        Attribute(0x00189227, "SQ", "1", "1", name="MR Spectroscopy Frame Type Sequence"),
    ]
    """MR Spectroscopy Frame Type Sequence (0018,9227): Type 1, VR SQ, VM 1. A Sequence containing Frame Type Attributes. Only a single Item shall be included in this Sequence."""
