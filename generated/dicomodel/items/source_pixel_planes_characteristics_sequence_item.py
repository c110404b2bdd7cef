"""Item class SourcePixelPlanesCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SourcePixelPlanesCharacteristicsSequenceItem",
]


class SourcePixelPlanesCharacteristicsSequenceItem(DicomModel):
    """An item of Source Pixel Planes Characteristics Sequence (3006,004A), as first defined in ROI Contour Module Attributes (C.8-42)."""

    dicom_name: ClassVar[str] = "Source Pixel Planes Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.8-42"

    PixelSpacing: Annotated[
        list[vr.DS], Attribute(0x00280030, "DS", "2", "1", name="Pixel Spacing")
    ]
    """Pixel Spacing (0028,0030): Type 1, VR DS, VM 2. Physical distance in the patient between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.3 for further explanation."""

    SpacingBetweenSlices: Annotated[
        vr.DS, Attribute(0x00180088, "DS", "1", "1", name="Spacing Between Slices")
    ]
    """Spacing Between Slices (0018,0088): Type 1, VR DS, VM 1. Spacing between adjacent slices, in mm. The spacing is measured from the center-to-center of each slice, and shall not be negative."""

    ImageOrientationPatient: Annotated[
        list[vr.DS], Attribute(0x00200037, "DS", "6", "1", name="Image Orientation (Patient)")
    ]
    """Image Orientation (Patient) (0020,0037): Type 1, VR DS, VM 6. The direction cosines of the first row and the first column with respect to the patient. See Section C.7.6.2.1.1."""

    ImagePositionPatient: Annotated[
        list[vr.DS], Attribute(0x00200032, "DS", "3", "1", name="Image Position (Patient)")
    ]
    """Image Position (Patient) (0020,0032): Type 1, VR DS, VM 3. The x, y and z coordinates in mm of the upper left hand corner of the pixel matrix in the Patient-Based Coordinate System described in Section C.7.6.2.1.1."""

    NumberOfFrames: Annotated[vr.IS, Attribute(0x00280008, "IS", "1", "1", name="Number of Frames")]
    """Number of Frames (0028,0008): Type 1, VR IS, VM 1. Number of source pixel planes."""

    Rows: Annotated[vr.US, Attribute(0x00280010, "US", "1", "1", name="Rows")]
    """Rows (0028,0010): Type 1, VR US, VM 1. Number of rows in the source pixel planes."""

    Columns: Annotated[vr.US, Attribute(0x00280011, "US", "1", "1", name="Columns")]
    """Columns (0028,0011): Type 1, VR US, VM 1. Number of columns in the source pixel planes."""
