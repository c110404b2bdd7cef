"""MR Velocity Encoding Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_velocity_encoding_sequence_item import MRVelocityEncodingSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MRVelocityEncodingMacro",
    "MRVelocityEncodingSequenceItem",
]


class MRVelocityEncodingMacro(DicomModel):
    """MR Velocity Encoding Macro Attributes (PS3.3 Table C.8-100)."""

    dicom_name: ClassVar[str] = "MR Velocity Encoding"
    dicom_table: ClassVar[str] = "table_C.8-100"

    MRVelocityEncodingSequence: Annotated[
        list[MRVelocityEncodingSequenceItem],
        Attribute(0x00189197, "SQ", "1", "1", name="MR Velocity Encoding Sequence"),
    ]
    """MR Velocity Encoding Sequence (0018,9197): Type 1, VR SQ, VM 1. Identifies the velocity encoding of this frame. One or more Items shall be included in this Sequence."""
