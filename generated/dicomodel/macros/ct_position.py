"""CT Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_position_sequence_item import CTPositionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTPositionMacro",
    "CTPositionSequenceItem",
]


class CTPositionMacro(DicomModel):
    """CT Position Macro Attributes (PS3.3 Table C.8-121)."""

    dicom_name: ClassVar[str] = "CT Position"
    dicom_table: ClassVar[str] = "table_C.8-121"

    CTPositionSequence: Annotated[
        list[CTPositionSequenceItem],
        Attribute(0x00189326, "SQ", "1", "1", name="CT Position Sequence"),
    ]
    """CT Position Sequence (0018,9326): Type 1, VR SQ, VM 1. Contains the Attributes defining the CT geometry. Only a single Item shall be included in this Sequence."""
