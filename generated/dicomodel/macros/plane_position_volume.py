"""Plane Position (Volume) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.plane_position_volume_sequence_item import PlanePositionVolumeSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlanePositionVolumeMacro",
    "PlanePositionVolumeSequenceItem",
]


class PlanePositionVolumeMacro(DicomModel):
    """Plane Position (Volume) Macro Attributes (PS3.3 Table C.7.6.16.2.21-1)."""

    dicom_name: ClassVar[str] = "Plane Position (Volume)"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.21-1"

    PlanePositionVolumeSequence: Annotated[
        list[PlanePositionVolumeSequenceItem],
        Attribute(0x0020930E, "SQ", "1", "1", name="Plane Position (Volume) Sequence"),
    ]
    """Plane Position (Volume) Sequence (0020,930E): Type 1, VR SQ, VM 1. Identifies the position of the plane of this frame. Only a single Item shall be included in this Sequence."""
