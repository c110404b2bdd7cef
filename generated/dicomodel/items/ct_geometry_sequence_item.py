"""Item class CTGeometrySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTGeometrySequenceItem",
]


class CTGeometrySequenceItem(DicomModel):
    """An item of CT Geometry Sequence (0018,9312), as first defined in CT Geometry Macro Attributes (C.8-122)."""

    dicom_name: ClassVar[str] = "CT Geometry Sequence"
    dicom_table: ClassVar[str] = "table_C.8-122"

    ReferencedPathIndex: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00189378,
            "US",
            "1-n",
            "1C",
            name="Referenced Path Index",
            when=("value", 0x00189361, 0, "in", ("YES",)),
        ),
    ] = None
    """Referenced Path Index (0018,9378): Type 1C, VR US, VM 1-n. Required if Multi-energy CT Acquisition (0018,9361) is YES. References the X-Ray Path Index (0018,937A) in the Multi-energy CT Path Sequence (0018,9379) for this exposure. This Attribute may contain multiple values if this item describes multiple paths."""

    DistanceSourceToDetector: Annotated[
        vr.DS | None,
        Attribute(
            0x00181110,
            "DS",
            "1",
            "1C",
            name="Distance Source to Detector",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Distance Source to Detector (0018,1110): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Distance in mm from source to detector center. See Section C.8.15.3.6.1. This value is traditionally referred to as Source Image Receptor Distance (SID)."""

    DistanceSourceToDataCollectionCenter: Annotated[
        vr.FD | None,
        Attribute(
            0x00189335,
            "FD",
            "1",
            "1C",
            name="Distance Source to Data Collection Center",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Distance Source to Data Collection Center (0018,9335): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Distance in mm from source to data collection center. See Section C.8.15.3.6.1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""
