"""SC Multi-frame Vector Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SCMultiFrameVectorModule",
]


class SCMultiFrameVectorModule(DicomModel):
    """SC Multi-frame Vector Module Attributes (PS3.3 Table C.8-25c)."""

    dicom_name: ClassVar[str] = "SC Multi-frame Vector"
    dicom_table: ClassVar[str] = "table_C.8-25c"

    FrameTimeVector: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181065,
            "DS",
            "1-n",
            "1C",
            name="Frame Time Vector",
            when=("value", 0x00280009, 0, "in", (1577061,)),
        ),
    ] = None
    """Frame Time Vector (0018,1065): Type 1C, VR DS, VM 1-n. Required if Frame Increment Pointer (0028,0009) points to Frame Time Vector (0018,1065). An array that contains the real time increments (in msec) between frames for a Multi-frame image. See Section C.7.6.5.1.2 for further explanation. Required if Frame Increment Pointer (0028,0009) points to Frame Time Vector (0018,1065)."""

    PageNumberVector: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00182001,
            "IS",
            "1-n",
            "1C",
            name="Page Number Vector",
            when=("value", 0x00280009, 0, "in", (1581057,)),
        ),
    ] = None
    """Page Number Vector (0018,2001): Type 1C, VR IS, VM 1-n. Required if Frame Increment Pointer (0028,0009) points to Page Number Vector (0018,2001). An array that contains, for each of the image frames, the corresponding page numbers of the original document. Required if Frame Increment Pointer (0028,0009) points to Page Number Vector (0018,2001)."""

    FrameLabelVector: Annotated[
        list[vr.SH] | None,
        Attribute(
            0x00182002,
            "SH",
            "1-n",
            "1C",
            name="Frame Label Vector",
            when=("value", 0x00280009, 0, "in", (1581058,)),
        ),
    ] = None
    """Frame Label Vector (0018,2002): Type 1C, VR SH, VM 1-n. Required if Frame Increment Pointer (0028,0009) points to Frame Label Vector (0018,2002). An array that contains, for each of the image frames, a descriptive label. Required if Frame Increment Pointer (0028,0009) points to Frame Label Vector (0018,2002)."""

    FramePrimaryAngleVector: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00182003,
            "DS",
            "1-n",
            "1C",
            name="Frame Primary Angle Vector",
            when=("value", 0x00280009, 0, "in", (1581059,)),
        ),
    ] = None
    """Frame Primary Angle Vector (0018,2003): Type 1C, VR DS, VM 1-n. Required if Frame Increment Pointer (0028,0009) points to Frame Primary Angle Vector (0018,2003). An array that contains, for each of the image frames, the primary angle of rotation about an undefined axis, in degrees. May be used for annotative purposes for \"cine loops\" of 3D reprojected images Required if Frame Increment Pointer (0028..."""

    FrameSecondaryAngleVector: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00182004,
            "DS",
            "1-n",
            "1C",
            name="Frame Secondary Angle Vector",
            when=("value", 0x00280009, 0, "in", (1581060,)),
        ),
    ] = None
    """Frame Secondary Angle Vector (0018,2004): Type 1C, VR DS, VM 1-n. Required if Frame Increment Pointer (0028,0009) points to Frame Secondary Angle Vector (0018,2004). An array that contains, for each of the image frames, the secondary angle of rotation about an undefined axis that is orthogonal to that used for Frame Primary Angle Vector (0018,2003), in degrees."""

    SliceLocationVector: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00182005,
            "DS",
            "1-n",
            "1C",
            name="Slice Location Vector",
            when=("value", 0x00280009, 0, "in", (1581061,)),
        ),
    ] = None
    """Slice Location Vector (0018,2005): Type 1C, VR DS, VM 1-n. Required if Frame Increment Pointer (0028,0009) points to Slice Location Vector (0018,2005). An array that contains, for each of the image frames, the relative position of the image plane expressed in mm, as defined for Slice Location (0020,1041). See Section C.7.6.2.1.2 for further explanation."""

    DisplayWindowLabelVector: Annotated[
        list[vr.SH] | None,
        Attribute(
            0x00182006,
            "SH",
            "1-n",
            "1C",
            name="Display Window Label Vector",
            when=("value", 0x00280009, 0, "in", (1581062,)),
        ),
    ] = None
    """Display Window Label Vector (0018,2006): Type 1C, VR SH, VM 1-n. Required if Frame Increment Pointer (0028,0009) points to Display Window Label Vector (0018,2006). An array that contains, for each of the image frames, a label or number of the display window of a graphical user interface from which the frame was captured."""
