"""Item class MRSpatialSaturationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MRSpatialSaturationSequenceItem",
]


class MRSpatialSaturationSequenceItem(DicomModel):
    """An item of MR Spatial Saturation Sequence (0018,9107), as first defined in MR Spatial Saturation Macro Attributes (C.8-98)."""

    dicom_name: ClassVar[str] = "MR Spatial Saturation Sequence"
    dicom_table: ClassVar[str] = "table_C.8-98"

    SlabThickness: Annotated[vr.FD, Attribute(0x00189104, "FD", "1", "1", name="Slab Thickness")]
    """Slab Thickness (0018,9104): Type 1, VR FD, VM 1. Thickness of slab in mm."""

    SlabOrientation: Annotated[
        list[vr.FD], Attribute(0x00189105, "FD", "3", "1", name="Slab Orientation")
    ]
    """Slab Orientation (0018,9105): Type 1, VR FD, VM 3. The direction cosines of a normal vector perpendicular to the saturation plane with respect to the patient. See Section C.7.6.2.1.1 for further explanation."""

    MidSlabPosition: Annotated[
        list[vr.FD], Attribute(0x00189106, "FD", "3", "1", name="Mid Slab Position")
    ]
    """Mid Slab Position (0018,9106): Type 1, VR FD, VM 3. The x, y, and z coordinates of the midpoint of the slab plane in mm with respect to the patient. See Section C.7.6.2.1.1 for further explanation."""
