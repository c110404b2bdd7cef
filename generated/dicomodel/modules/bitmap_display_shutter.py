"""Bitmap Display Shutter Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BitmapDisplayShutterModule",
]


class BitmapDisplayShutterModule(DicomModel):
    """Bitmap Display Shutter Module Attributes (PS3.3 Table C.7.6.15-1)."""

    dicom_name: ClassVar[str] = "Bitmap Display Shutter"
    dicom_table: ClassVar[str] = "table_C.7.6.15-1"

    ShutterShape: Annotated[
        list[vr.CS],
        Attribute(
            0x00181600, "CS", "1-3", "1", name="Shutter Shape", enumerated=((0, ("BITMAP",)),)
        ),
    ]
    """Shutter Shape (0018,1600): Type 1, VR CS, VM 1-3. Shape of the shutter defined for display. Enumerated Values: BITMAP This Attribute shall contain one Value."""

    ShutterOverlayGroup: Annotated[
        vr.US, Attribute(0x00181623, "US", "1", "1", name="Shutter Overlay Group")
    ]
    """Shutter Overlay Group (0018,1623): Type 1, VR US, VM 1. Specifies the Group (60xx) of an Overlay stored within the Presentation State IOD that contains the bitmap data, as defined in the Overlay Plane Module Section C.9.2."""

    ShutterPresentationValue: Annotated[
        vr.US, Attribute(0x00181622, "US", "1", "1", name="Shutter Presentation Value")
    ]
    """Shutter Presentation Value (0018,1622): Type 1, VR US, VM 1. A single gray unsigned value used to replace those parts of the image occluded by the shutter, when rendered on a monochrome display. The units are specified in P-Values, from a minimum of 0000H (black) up to a maximum of FFFFH (white)."""

    ShutterPresentationColorCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x00181624, "US", "3", "3", name="Shutter Presentation Color CIELab Value"),
    ] = None
    """Shutter Presentation Color CIELab Value (0018,1624): Type 3, VR US, VM 3. A color triplet value used to replace those parts of the image occluded by the shutter, when rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""
