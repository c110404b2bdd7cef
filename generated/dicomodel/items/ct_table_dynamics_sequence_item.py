"""Item class CTTableDynamicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTTableDynamicsSequenceItem",
]


class CTTableDynamicsSequenceItem(DicomModel):
    """An item of CT Table Dynamics Sequence (0018,9308), as first defined in CT Table Dynamics Macro Attributes (C.8-120)."""

    dicom_name: ClassVar[str] = "CT Table Dynamics Sequence"
    dicom_table: ClassVar[str] = "table_C.8-120"

    TableSpeed: Annotated[
        vr.FD | None,
        Attribute(
            0x00189309,
            "FD",
            "1",
            "1C",
            name="Table Speed",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189302, 0, "in", ("SPIRAL", "CONSTANT_ANGLE")),
            ),
        ),
    ] = None
    """Table Speed (0018,9309): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Acquisition Type (0018,9302) is SPIRAL or CONSTANT_ANGLE. May be present otherwise if Frame Type (0008,9007) Value 1 of this frame is DERIVED and Acquisition Type (0018,9302) is SPIRAL or CONSTANT_ANGLE. The distance in mm that the table moves in one second during the gathering of data that resulted in this frame. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Acquisition Type (0018,9302) is SPIRAL or CONSTANT_ANGL..."""

    TableFeedPerRotation: Annotated[
        vr.FD | None,
        Attribute(
            0x00189310,
            "FD",
            "1",
            "1C",
            name="Table Feed per Rotation",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189302, 0, "in", ("SPIRAL",)),
            ),
        ),
    ] = None
    """Table Feed per Rotation (0018,9310): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Acquisition Type (0018,9302) is SPIRAL. May be present otherwise if Frame Type (0008,9007) Value 1 of this frame is DERIVED and Acquisition Type (0018,9302) is SPIRAL. Motion of the table (in mm) during a complete revolution of the source around the gantry orbit. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Acquisition Type (0018,9302) is SPIRAL."""

    SpiralPitchFactor: Annotated[
        vr.FD | None,
        Attribute(
            0x00189311,
            "FD",
            "1",
            "1C",
            name="Spiral Pitch Factor",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189302, 0, "in", ("SPIRAL",)),
            ),
        ),
    ] = None
    """Spiral Pitch Factor (0018,9311): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Acquisition Type (0018,9302) is SPIRAL. May be present otherwise if Frame Type (0008,9007) Value 1 of this frame is DERIVED and Acquisition Type (0018,9302) is SPIRAL. Ratio of the Table Feed per Rotation (0018,9310) to the Total Collimation Width (0018,9307). See Section C.8.15.3.4.1 for further explanation and some examples."""
