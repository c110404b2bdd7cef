"""MR Echo Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_echo_sequence_item import MREchoSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MREchoMacro",
    "MREchoSequenceItem",
]


class MREchoMacro(DicomModel):
    """MR Echo Macro Attributes (PS3.3 Table C.8-91)."""

    dicom_name: ClassVar[str] = "MR Echo"
    dicom_table: ClassVar[str] = "table_C.8-91"

    MREchoSequence: Annotated[
        list[MREchoSequenceItem], Attribute(0x00189114, "SQ", "1", "1", name="MR Echo Sequence")
    ]
    """MR Echo Sequence (0018,9114): Type 1, VR SQ, VM 1. Identifies echo timing of this frame. Only a single Item shall be included in this Sequence."""
