"""MR Timing and Related Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_timing_and_related_parameters_sequence_item import (
    MRTimingAndRelatedParametersSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MRTimingAndRelatedParametersMacro(DicomModel):
    """MR Timing and Related Parameters Macro Attributes (PS3.3 Table C.8-89)."""

    dicom_name: ClassVar[str] = "MR Timing and Related Parameters"
    dicom_table: ClassVar[str] = "table_C.8-89"

    MRTimingAndRelatedParametersSequence: Annotated[
        list[MRTimingAndRelatedParametersSequenceItem],
        Attribute(0x00189112, "SQ", "1", "1", name="MR Timing and Related Parameters Sequence"),
    ]
    """MR Timing and Related Parameters Sequence (0018,9112): Type 1, VR SQ, VM 1. Identifies the timing and safety information of this frame. Only a single Item shall be included in this Sequence."""
