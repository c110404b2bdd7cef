"""Item class DeformableRegistrationGridSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DeformableRegistrationGridSequenceItem",
]


class DeformableRegistrationGridSequenceItem(DicomModel):
    """An item of Deformable Registration Grid Sequence (0064,0005), as first defined in Deformable Spatial Registration Module Attributes (C.20.3-1)."""

    dicom_name: ClassVar[str] = "Deformable Registration Grid Sequence"
    dicom_table: ClassVar[str] = "table_C.20.3-1"

    ImageOrientationPatient: Annotated[
        list[vr.DS], Attribute(0x00200037, "DS", "6", "1", name="Image Orientation (Patient)")
    ]
    """Image Orientation (Patient) (0020,0037): Type 1, VR DS, VM 6. The direction of cosines of the first row and first column of the Vector Grid Data (0064,0009) with respect to the patient. See Section C.7.6.2.1.1 for further explanation."""

    ImagePositionPatient: Annotated[
        list[vr.DS], Attribute(0x00200032, "DS", "3", "1", name="Image Position (Patient)")
    ]
    """Image Position (Patient) (0020,0032): Type 1, VR DS, VM 3. The x, y, and z coordinates of the upper left hand voxel (center of the first voxel transmitted) of the grid, in mm in the Registered Frame of Reference. See Section C.7.6.2.1.1 for further explanation."""

    GridDimensions: Annotated[
        list[vr.UL], Attribute(0x00640007, "UL", "3", "1", name="Grid Dimensions")
    ]
    """Grid Dimensions (0064,0007): Type 1, VR UL, VM 3. The dimensions of the grid, in voxels. A triple representing the number of voxels along the X, Y, and Z axes."""

    GridResolution: Annotated[
        list[vr.FD], Attribute(0x00640008, "FD", "3", "1", name="Grid Resolution")
    ]
    """Grid Resolution (0064,0008): Type 1, VR FD, VM 3. The resolution of the grid voxels. A triple representing the size of a deformation voxel in along the X, Y, and Z dimension, in mm."""

    VectorGridData: Annotated[vr.OF, Attribute(0x00640009, "OF", "1", "1", name="Vector Grid Data")]
    """Vector Grid Data (0064,0009): Type 1, VR OF, VM 1. A data stream of vectors describing the direction and magnitude of the deformation in mm. See Section C.20.3.1.3 for further explanation."""
