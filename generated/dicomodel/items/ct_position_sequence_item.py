"""Item class CTPositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTPositionSequenceItem",
]


class CTPositionSequenceItem(DicomModel):
    """An item of CT Position Sequence (0018,9326), as first defined in CT Position Macro Attributes (C.8-121)."""

    dicom_name: ClassVar[str] = "CT Position Sequence"
    dicom_table: ClassVar[str] = "table_C.8-121"

    TablePosition: Annotated[
        vr.FD | None,
        Attribute(
            0x00189327,
            "FD",
            "1",
            "1C",
            name="Table Position",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Table Position (0018,9327): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Relative longitudinal position of acquisition location of this frame in mm from an implementation specific reference point."""

    DataCollectionCenterPatient: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189313,
            "FD",
            "3",
            "1C",
            name="Data Collection Center (Patient)",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Data Collection Center (Patient) (0018,9313): Type 1C, VR FD, VM 3. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. The x, y, and z coordinates (in the Patient-Based Coordinate System) in mm of the center of the region in which data were collected. See Section C.8.15.3.6.1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL."""

    ReconstructionTargetCenterPatient: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189318,
            "FD",
            "3",
            "1C",
            name="Reconstruction Target Center (Patient)",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Reconstruction Target Center (Patient) (0018,9318): Type 1C, VR FD, VM 3. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. The x, y, and z coordinates (in the Patient-Based Coordinate System) of the reconstruction center target point as used for reconstruction in mm. See Section C.8.15.3.6.1."""
