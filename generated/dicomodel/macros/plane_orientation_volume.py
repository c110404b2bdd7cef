"""Plane Orientation (Volume) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.plane_orientation_volume_sequence_item import (
    PlaneOrientationVolumeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlaneOrientationVolumeMacro",
    "PlaneOrientationVolumeSequenceItem",
]


class PlaneOrientationVolumeMacro(DicomModel):
    """Plane Orientation (Volume) Macro Attributes (PS3.3 Table C.7.6.16.2.22-1)."""

    dicom_name: ClassVar[str] = "Plane Orientation (Volume)"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.22-1"

    PlaneOrientationVolumeSequence: Annotated[
        list[PlaneOrientationVolumeSequenceItem],
        Attribute(0x0020930F, "SQ", "1", "1", name="Plane Orientation (Volume) Sequence"),
    ]
    """Plane Orientation (Volume) Sequence (0020,930F): Type 1, VR SQ, VM 1. Identifies orientation of the plane of this frame. Only a single Item shall be included in this Sequence."""
