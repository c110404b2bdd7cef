"""Plane Position (Patient) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.plane_position_sequence_item import PlanePositionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlanePositionPatientMacro",
    "PlanePositionSequenceItem",
]


class PlanePositionPatientMacro(DicomModel):
    """Plane Position (Patient) Macro Attributes (PS3.3 Table C.7.6.16-4)."""

    dicom_name: ClassVar[str] = "Plane Position (Patient)"
    dicom_table: ClassVar[str] = "table_C.7.6.16-4"

    PlanePositionSequence: Annotated[
        list[PlanePositionSequenceItem],
        Attribute(0x00209113, "SQ", "1", "1", name="Plane Position Sequence"),
    ]
    """Plane Position Sequence (0020,9113): Type 1, VR SQ, VM 1. Identifies the position of the plane of this frame. Only a single Item shall be included in this Sequence."""
