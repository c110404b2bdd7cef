"""X-Ray 3D General Per Projection Acquisition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XRay3DGeneralPerProjectionAcquisitionMacro",
]


class XRay3DGeneralPerProjectionAcquisitionMacro(DicomModel):
    """X-Ray 3D General Per Projection Acquisition Macro Attributes (PS3.3 Table C.8.21.3.1.2-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D General Per Projection Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.21.3.1.2-1"

    KVP: Annotated[
        vr.DS | None,
        Attribute(
            0x00180060, "DS", "1", "1C", name="KVP", when=("value", 0x00080060, 0, "in", ("MG",))
        ),
    ] = None
    """KVP (0018,0060): Type 1C, VR DS, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Exact peak kilo voltage output of the X-Ray generator used for this projection. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None,
        Attribute(
            0x00189330,
            "FD",
            "1",
            "1C",
            name="X-Ray Tube Current in mA",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Exact Nominal X-Ray tube current in milliamperes applied during the Frame Acquisition Duration (0018,9220) for this projection. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    FrameAcquisitionDuration: Annotated[
        vr.FD | None,
        Attribute(
            0x00189220,
            "FD",
            "1",
            "1C",
            name="Frame Acquisition Duration",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Frame Acquisition Duration (0018,9220): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. The actual amount of time [in milliseconds] that was used to acquire data for this projection. See Section C.7.6.16.2.2.1 and Section C.7.6.16.2.2.3 for further explanation."""

    CollimatorShape: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00181700,
            "CS",
            "1-3",
            "1C",
            name="Collimator Shape",
            enumerated=((0, ("RECTANGULAR", "CIRCULAR", "POLYGONAL")),),
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Collimator Shape (0018,1700): Type 1C, VR CS, VM 1-3. Required if present and consistent in the contributing SOP Instances. Shape(s) of the collimator. Enumerated Values: RECTANGULAR CIRCULAR POLYGONAL This multi-valued Attribute shall contain at most one of each Enumerated Value. Required if present and consistent in the contributing SOP Instances."""

    CollimatorLeftVerticalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181702,
            "IS",
            "1",
            "1C",
            name="Collimator Left Vertical Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Left Vertical Edge (0018,1702): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the left edge of the rectangular collimator with respect to pixels in the image given as column. See Section C.8.7.3.1.1."""

    CollimatorRightVerticalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181704,
            "IS",
            "1",
            "1C",
            name="Collimator Right Vertical Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Right Vertical Edge (0018,1704): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the right edge of the rectangular collimator with respect to pixels in the image given as column. See Section C.8.7.3.1.1."""

    CollimatorUpperHorizontalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181706,
            "IS",
            "1",
            "1C",
            name="Collimator Upper Horizontal Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Upper Horizontal Edge (0018,1706): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the upper edge of the rectangular collimator with respect to pixels in the image given as row. See Section C.8.7.3.1.1."""

    CollimatorLowerHorizontalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181708,
            "IS",
            "1",
            "1C",
            name="Collimator Lower Horizontal Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Lower Horizontal Edge (0018,1708): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the lower edge of the rectangular collimator with respect to pixels in the image given as row. See Section C.8.7.3.1.1."""

    CenterOfCircularCollimator: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00181710,
            "IS",
            "2",
            "1C",
            name="Center of Circular Collimator",
            when=("value", 0x00181700, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Center of Circular Collimator (0018,1710): Type 1C, VR IS, VM 2. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Location of the center of the circular collimator with respect to pixels in the image given as row and column. See Section C.8.7.3.1.1."""

    RadiusOfCircularCollimator: Annotated[
        vr.IS | None,
        Attribute(
            0x00181712,
            "IS",
            "1",
            "1C",
            name="Radius of Circular Collimator",
            when=("value", 0x00181700, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Radius of Circular Collimator (0018,1712): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Radius of the circular collimator with respect to pixels in the image given as a number of pixels along the row direction. See Section C.8.7.3.1.1."""

    VerticesOfThePolygonalCollimator: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00181720,
            "IS",
            "2-2n",
            "1C",
            name="Vertices of the Polygonal Collimator",
            when=("value", 0x00181700, 0, "in", ("POLYGONAL",)),
        ),
    ] = None
    """Vertices of the Polygonal Collimator (0018,1720): Type 1C, VR IS, VM 2-2n. Required if a value of Collimator Shape (0018,1700) is POLYGONAL. Required if a value of Collimator Shape (0018,1700) is POLYGONAL. Multiple Values where the first set of two values are: row of the origin vertex; column of the origin vertex."""
