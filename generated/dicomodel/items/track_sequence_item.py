"""Item class TrackSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TrackSequenceItem",
]


class TrackSequenceItem(DicomModel):
    """An item of Track Sequence (0066,0102), as first defined in Tractography Results Module Attributes (C.8.33-2)."""

    dicom_name: ClassVar[str] = "Track Sequence"
    dicom_table: ClassVar[str] = "table_C.8.33-2"

    PointCoordinatesData: Annotated[
        vr.OF, Attribute(0x00660016, "OF", "1", "1", name="Point Coordinates Data")
    ]
    """Point Coordinates Data (0066,0016): Type 1, VR OF, VM 1. Contains two or more point coordinates that define the track, encoded in x-y-z order, in mm in the Patient-Based Coordinate System associated with the Frame of Reference."""

    RecommendedDisplayCIELabValueList: Annotated[
        vr.OW | None,
        Attribute(
            0x00660103,
            "OW",
            "1",
            "1C",
            name="Recommended Display CIELab Value List",
            when=(
                "unknown",
                "condition not read: not understood: 'nor in the containing Track Set Sequence (0066,0101) Item' (in 'Required if Recommended Display CIELab Value (0062, 000D) is not present in this Sequence Item nor in the containing Track Set Sequence (0066,0101) Item')",
            ),
        ),
    ] = None
    """Recommended Display CIELab Value List (0066,0103): Type 1C, VR OW, VM 1. Required if Recommended Display CIELab Value (0062, 000D) is not present in this Sequence Item nor in the containing Track Set Sequence (0066,0101) Item. Default triplet values in which it is recommended that the point shall be rendered. The units are specified in PCS-Values and the value is encoded as CIELab. See Section C.10.7.1.1."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0062000D,
            "US",
            "3",
            "1C",
            name="Recommended Display CIELab Value",
            when=(
                "unknown",
                "condition not read: not understood: 'in the containing Track Set Sequence (0066,0101) Item' (in 'Required if Recommended Display CIELab Value List (0066,0103) is not present in this Sequence Item and Recommended Display CIELab Value (0062, 000D) is not present in the containing Track Set Sequence (0066,0101) Item')",
            ),
        ),
    ] = None
    """Recommended Display CIELab Value (0062,000D): Type 1C, VR US, VM 3. Required if Recommended Display CIELab Value List (0066,0103) is not present in this Sequence Item and Recommended Display CIELab Value (0062, 000D) is not present in the containing Track Set Sequence (0066,0101) Item. Default triplet value in which it is recommended that the track shall be rendered. The units are specified in PCS-Values and the value is encoded as CIELab. See Section C.10.7.1.1."""
