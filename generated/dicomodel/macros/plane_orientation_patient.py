"""Plane Orientation (Patient) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.plane_orientation_sequence_item import PlaneOrientationSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlaneOrientationPatientMacro",
    "PlaneOrientationSequenceItem",
]


class PlaneOrientationPatientMacro(DicomModel):
    """Plane Orientation (Patient) Macro Attributes (PS3.3 Table C.7.6.16-5)."""

    dicom_name: ClassVar[str] = "Plane Orientation (Patient)"
    dicom_table: ClassVar[str] = "table_C.7.6.16-5"

    PlaneOrientationSequence: Annotated[
        list[PlaneOrientationSequenceItem],
        Attribute(0x00209116, "SQ", "1", "1", name="Plane Orientation Sequence"),
    ]
    """Plane Orientation Sequence (0020,9116): Type 1, VR SQ, VM 1. Identifies orientation of the plane of this frame. Only a single Item shall be included in this Sequence."""
