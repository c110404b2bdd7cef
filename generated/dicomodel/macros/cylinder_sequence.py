"""Cylinder Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CylinderSequenceItem",
    "CylinderSequenceMacro",
]


class CylinderSequenceMacro(DicomModel):
    """Cylinder Sequence Macro Attributes (PS3.3 Table C.8.25.6.1-1)."""

    dicom_name: ClassVar[str] = "Cylinder Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.6.1-1"

    CylinderSequence: Annotated[
        list[CylinderSequenceItem] | None,
        Attribute(
            0x00460018,
            "SQ",
            "1",
            "1C",
            name="Cylinder Sequence",
            when=(
                "unknown",
                "names no attribute: astigmatic correction or astigmatism is measured",
            ),
        ),
    ] = None
    """Cylinder Sequence (0046,0018): Type 1C, VR SQ, VM 1. Required if astigmatic correction or astigmatism is measured. A Sequence that specifies lens measurements to correct for astigmatism or measurements of an eye that has astigmatism. Required if astigmatic correction or astigmatism is measured. Only a single Item shall be included in this Sequence."""
