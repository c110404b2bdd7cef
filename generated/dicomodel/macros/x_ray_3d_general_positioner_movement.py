"""X-Ray 3D General Positioner Movement Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XRay3DGeneralPositionerMovementMacro",
]


class XRay3DGeneralPositionerMovementMacro(DicomModel):
    """X-Ray 3D General Positioner Movement Macro Attributes (PS3.3 Table C.8.21.3.1.3-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D General Positioner Movement"
    dicom_table: ClassVar[str] = "table_C.8.21.3.1.3-1"

    PrimaryPositionerScanArc: Annotated[
        vr.FL | None,
        Attribute(
            0x00189508,
            "FL",
            "1",
            "1C",
            name="Primary Positioner Scan Arc",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Primary Positioner Scan Arc (0018,9508): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Total amount of rotation of the primary positioner in degrees. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    PrimaryPositionerScanStartAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x00189510,
            "FL",
            "1",
            "1C",
            name="Primary Positioner Scan Start Angle",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Primary Positioner Scan Start Angle (0018,9510): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Start position of the primary positioner in degrees. See Section C.8.7.5.1.2 or Section C.8.11.7, depending on modality and positioner type. Required if present and consistent in the contributing SOP Instances."""

    PrimaryPositionerIncrement: Annotated[
        vr.FL | None,
        Attribute(
            0x00189514,
            "FL",
            "1",
            "1C",
            name="Primary Positioner Increment",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Primary Positioner Increment (0018,9514): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Constant increment of the primary positioner angle in degrees. Positive increment indicates an increasing value of the primary positioner angle."""

    PrimaryPositionerIncrementSign: Annotated[
        vr.SS | None,
        Attribute(0x00189518, "SS", "1", "3", name="Primary Positioner Increment Sign"),
    ] = None
    """Primary Positioner Increment Sign (0018,9518): Type 3, VR SS, VM 1. Direction of the primary positioner rotation. Defined Terms: +1 indicates a positive primary positioner angle increment -1 indicates a negative primary positioner angle increment See Section C.8.7.5.1.2 or Section C.8.11.7 for the sign conv..."""

    SecondaryPositionerScanArc: Annotated[
        vr.FL | None,
        Attribute(
            0x00189509,
            "FL",
            "1",
            "1C",
            name="Secondary Positioner Scan Arc",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Secondary Positioner Scan Arc (0018,9509): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Total amount of rotation of the secondary positioner in degrees. Required if present and consistent in the contributing SOP Instances."""

    SecondaryPositionerScanStartAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x00189511,
            "FL",
            "1",
            "1C",
            name="Secondary Positioner Scan Start Angle",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Secondary Positioner Scan Start Angle (0018,9511): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Start position of the secondary positioner in degrees. See Section C.8.7.5.1.2 or Section C.8.11.7, depending on modality and positioner type. Required if present and consistent in the contributing SOP Instances."""

    SecondaryPositionerIncrement: Annotated[
        vr.FL | None,
        Attribute(
            0x00189515,
            "FL",
            "1",
            "1C",
            name="Secondary Positioner Increment",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Secondary Positioner Increment (0018,9515): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Constant increment of the secondary positioner angle in degrees. Positive increment indicates an increasing value of the secondary positioner angle."""

    SecondaryPositionerIncrementSign: Annotated[
        vr.SS | None,
        Attribute(0x00189519, "SS", "1", "3", name="Secondary Positioner Increment Sign"),
    ] = None
    """Secondary Positioner Increment Sign (0018,9519): Type 3, VR SS, VM 1. Direction of the secondary positioner rotation. Defined Terms: +1 indicates a positive secondary positioner angle increment -1 indicates a negative secondary positioner angle increment See Section C.8.7.5.1.2 or Section C.8.11.7 for the sig..."""
