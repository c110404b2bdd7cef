"""Item class PlaneOrientationVolumeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlaneOrientationVolumeSequenceItem",
]


class PlaneOrientationVolumeSequenceItem(DicomModel):
    """An item of Plane Orientation (Volume) Sequence (0020,930F), as first defined in Plane Orientation (Volume) Macro Attributes (C.7.6.16.2.22-1)."""

    dicom_name: ClassVar[str] = "Plane Orientation (Volume) Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.22-1"

    ImageOrientationVolume: Annotated[
        list[vr.FD], Attribute(0x00209302, "FD", "6", "1", name="Image Orientation (Volume)")
    ]
    """Image Orientation (Volume) (0020,9302): Type 1, VR FD, VM 6. The direction cosines of the first row and the first column of the frame with respect to the Volume Frame of Reference."""
