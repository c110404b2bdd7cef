"""Item class PlanePositionVolumeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlanePositionVolumeSequenceItem",
]


class PlanePositionVolumeSequenceItem(DicomModel):
    """An item of Plane Position (Volume) Sequence (0020,930E), as first defined in Plane Position (Volume) Macro Attributes (C.7.6.16.2.21-1)."""

    dicom_name: ClassVar[str] = "Plane Position (Volume) Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.21-1"

    ImagePositionVolume: Annotated[
        list[vr.FD], Attribute(0x00209301, "FD", "3", "1", name="Image Position (Volume)")
    ]
    """Image Position (Volume) (0020,9301): Type 1, VR FD, VM 3. The x, y, and z coordinates, in mm, of the upper left hand corner (center of the first voxel transmitted) of the plane in the Volume Frame of Reference."""
