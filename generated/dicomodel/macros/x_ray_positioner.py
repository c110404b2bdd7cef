"""X-Ray Positioner Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.positioner_position_sequence_item import PositionerPositionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PositionerPositionSequenceItem",
    "XRayPositionerMacro",
]


class XRayPositionerMacro(DicomModel):
    """X-Ray Positioner Macro Attributes (PS3.3 Table C.8.19.6-10)."""

    dicom_name: ClassVar[str] = "X-Ray Positioner"
    dicom_table: ClassVar[str] = "table_C.8.19.6-10"

    PositionerPositionSequence: Annotated[
        list[PositionerPositionSequenceItem],
        Attribute(0x00189405, "SQ", "1", "1", name="Positioner Position Sequence"),
    ]
    """Positioner Position Sequence (0018,9405): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the positioner. Only a single Item shall be included in this Sequence."""
