"""Image Plane Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ImagePlaneModule",
]


class ImagePlaneModule(DicomModel):
    """Image Plane Module Attributes (PS3.3 Table C.7-10)."""

    dicom_name: ClassVar[str] = "Image Plane"
    dicom_table: ClassVar[str] = "table_C.7-10"

    PixelSpacing: Annotated[
        list[vr.DS], Attribute(0x00280030, "DS", "2", "1", name="Pixel Spacing")
    ]
    """Pixel Spacing (0028,0030): Type 1, VR DS, VM 2. Physical distance in the patient between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.3 for further explanation."""

    ImageOrientationPatient: Annotated[
        list[vr.DS], Attribute(0x00200037, "DS", "6", "1", name="Image Orientation (Patient)")
    ]
    """Image Orientation (Patient) (0020,0037): Type 1, VR DS, VM 6. The direction cosines of the first row and the first column with respect to the patient. See Section C.7.6.2.1.1 for further explanation."""

    ImagePositionPatient: Annotated[
        list[vr.DS], Attribute(0x00200032, "DS", "3", "1", name="Image Position (Patient)")
    ]
    """Image Position (Patient) (0020,0032): Type 1, VR DS, VM 3. The x, y, and z coordinates of the upper left hand corner (center of the first voxel transmitted) of the image, in mm. See Section C.7.6.2.1.1 for further explanation."""

    SliceThickness: Annotated[
        vr.DS | None, Attribute(0x00180050, "DS", "1", "2", name="Slice Thickness")
    ]
    """Slice Thickness (0018,0050): Type 2, VR DS, VM 1. Nominal slice thickness, in mm."""

    SpacingBetweenSlices: Annotated[
        vr.DS | None, Attribute(0x00180088, "DS", "1", "3", name="Spacing Between Slices")
    ] = None
    """Spacing Between Slices (0018,0088): Type 3, VR DS, VM 1. Spacing between adjacent slices, in mm. The spacing is measured from the center-to-center of each slice. If present, shall not be negative, unless specialized to define the meaning of the sign in a specialized IOD, e.g., as in the Section C..."""

    SliceLocation: Annotated[
        vr.DS | None, Attribute(0x00201041, "DS", "1", "3", name="Slice Location")
    ] = None
    """Slice Location (0020,1041): Type 3, VR DS, VM 1. Relative position of the image plane expressed in mm. See Section C.7.6.2.1.2 for further explanation."""
