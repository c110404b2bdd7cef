"""Item class IonRangeCompensatorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergenceValue as _CompensatorDivergenceValue,
    )
    from dicomodel.enums.compensator_mounting_position import (
        CompensatorMountingPositionValue as _CompensatorMountingPositionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _CompensatorDivergenceValue = Lazy(
        "dicomodel.enums.compensator_divergence", "CompensatorDivergenceValue"
    )
    _CompensatorMountingPositionValue = Lazy(
        "dicomodel.enums.compensator_mounting_position", "CompensatorMountingPositionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergence as CompensatorDivergence,
    )
    from dicomodel.enums.compensator_mounting_position import (
        CompensatorMountingPosition as CompensatorMountingPosition,
    )

__all__ = [
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "IonRangeCompensatorSequenceItem",
]


class IonRangeCompensatorSequenceItem(DicomModel):
    """An item of Ion Range Compensator Sequence (300A,02EA), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Ion Range Compensator Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    CompensatorDescription: Annotated[
        vr.LT | None, Attribute(0x300A02EB, "LT", "1", "3", name="Compensator Description")
    ] = None
    """Compensator Description (300A,02EB): Type 3, VR LT, VM 1. User defined description for the compensator."""

    CompensatorNumber: Annotated[
        vr.IS, Attribute(0x300A00E4, "IS", "1", "1", name="Compensator Number")
    ]
    """Compensator Number (300A,00E4): Type 1, VR IS, VM 1. Identification number of the Compensator. The value of Compensator Number (300A,00E4) shall be unique within the Beam in which it is created."""

    MaterialID: Annotated[vr.SH | None, Attribute(0x300A00E1, "SH", "1", "2", name="Material ID")]
    """Material ID (300A,00E1): Type 2, VR SH, VM 1. User-supplied identifier for material used to manufacture Compensator."""

    CompensatorID: Annotated[
        vr.SH | None, Attribute(0x300A00E5, "SH", "1", "3", name="Compensator ID")
    ] = None
    """Compensator ID (300A,00E5): Type 3, VR SH, VM 1. User-supplied identifier for the compensator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    IsocenterToCompensatorTrayDistance: Annotated[
        vr.FL | None,
        Attribute(
            0x300A02E4,
            "FL",
            "1",
            "1C",
            name="Isocenter to Compensator Tray Distance",
            when=("value", 0x300A02E1, 0, "not_in", ("DOUBLE_SIDED",)),
        ),
    ] = None
    """Isocenter to Compensator Tray Distance (300A,02E4): Type 1C, VR FL, VM 1. Required if Compensator Mounting Position (300A,02E1) is not DOUBLE_SIDED. Isocenter to compensator tray attachment edge distance (in mm) for current range compensator. Required if Compensator Mounting Position (300A,02E1) is not DOUBLE_SIDED. See Section C.8.8.25.4 and Section C.8.8.25.10"""

    CompensatorDivergence: Annotated[
        _CompensatorDivergenceValue,
        Attribute(
            0x300A02E0,
            "CS",
            "1",
            "1",
            name="Compensator Divergence",
            enumerated=((0, ("PRESENT", "ABSENT")),),
        ),
    ]
    """Compensator Divergence (300A,02E0): Type 1, VR CS, VM 1. Indicates presence or absence of geometrical divergence of the range compensator. Enumerated Values: PRESENT the range compensator is shaped according to the beam geometrical divergence."""

    CompensatorMountingPosition: Annotated[
        _CompensatorMountingPositionValue,
        Attribute(
            0x300A02E1,
            "CS",
            "1",
            "1",
            name="Compensator Mounting Position",
            enumerated=((0, ("PATIENT_SIDE", "SOURCE_SIDE", "DOUBLE_SIDED")),),
        ),
    ]
    """Compensator Mounting Position (300A,02E1): Type 1, VR CS, VM 1. Indicates on which side of the Compensator Tray the compensator is mounted. Enumerated Values: PATIENT_SIDE the Compensator is mounted on the side of the Compensator Tray that is towards the patient."""

    CompensatorRows: Annotated[
        vr.IS, Attribute(0x300A00E7, "IS", "1", "1", name="Compensator Rows")
    ]
    """Compensator Rows (300A,00E7): Type 1, VR IS, VM 1. Number of rows in the range compensator. A row is defined to be in the X direction of the IEC Beam Limiting Device Coordinate system."""

    CompensatorColumns: Annotated[
        vr.IS, Attribute(0x300A00E8, "IS", "1", "1", name="Compensator Columns")
    ]
    """Compensator Columns (300A,00E8): Type 1, VR IS, VM 1. Number of columns in the range compensator. A column is defined to be in the Y direction of the IEC Beam Limiting Device Coordinate system."""

    CompensatorPixelSpacing: Annotated[
        list[vr.DS], Attribute(0x300A00E9, "DS", "2", "1", name="Compensator Pixel Spacing")
    ]
    """Compensator Pixel Spacing (300A,00E9): Type 1, VR DS, VM 2. Physical distance (in mm) between the center of each pixel projected onto machine isocentric plane. Specified by a numeric pair - adjacent row spacing followed by adjacent column spacing."""

    CompensatorPosition: Annotated[
        list[vr.DS], Attribute(0x300A00EA, "DS", "2", "1", name="Compensator Position")
    ]
    """Compensator Position (300A,00EA): Type 1, VR DS, VM 2. The x and y coordinates of the upper left hand corner (first pixel transmitted) of the range compensator, projected onto the machine isocentric plane in the IEC BEAM LIMITING DEVICE coordinate system (mm)."""

    CompensatorColumnOffset: Annotated[
        vr.FL | None,
        Attribute(
            0x300A02E5,
            "FL",
            "1",
            "1C",
            name="Compensator Column Offset",
            when=("unknown", "names no attribute: the compensator pattern is hexagonal"),
        ),
    ] = None
    """Compensator Column Offset (300A,02E5): Type 1C, VR FL, VM 1. Required if the compensator pattern is hexagonal. The offset distance (in mm) applied to the x coordinate of Compensator Position (300A,00EA) for even numbered rows. Required if the compensator pattern is hexagonal."""

    CompensatorThicknessData: Annotated[
        list[vr.DS], Attribute(0x300A00EC, "DS", "1-n", "1", name="Compensator Thickness Data")
    ]
    """Compensator Thickness Data (300A,00EC): Type 1, VR DS, VM 1-n. A data stream of the pixel samples that comprise the range compensator, expressed as physical thickness (in mm), either parallel to radiation beam axis if Compensator Divergence (300A,02E0) equals ABSENT, or divergent according to the beam..."""

    IsocenterToCompensatorDistances: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x300A02E6,
            "FL",
            "1-n",
            "1C",
            name="Isocenter to Compensator Distances",
            when=(
                "and",
                ("has_value", 0x300A00E1),
                ("value", 0x300A02E1, 0, "in", ("DOUBLE_SIDED",)),
            ),
        ),
    ] = None
    """Isocenter to Compensator Distances (300A,02E6): Type 1C, VR FL, VM 1-n. Required if Material ID (300A,00E1) is non-zero length, and Compensator Mounting Position (300A,02E1) is DOUBLE_SIDED. A data stream of the pixel samples that comprise the distance from the isocenter to the compensator surface closest to the radiation source (in mm)."""

    CompensatorRelativeStoppingPowerRatio: Annotated[
        vr.FL | None,
        Attribute(0x300A02E7, "FL", "1", "3", name="Compensator Relative Stopping Power Ratio"),
    ] = None
    """Compensator Relative Stopping Power Ratio (300A,02E7): Type 3, VR FL, VM 1. Compensator Linear Stopping Power Ratio, relative to water, at the beam energy specified by the Nominal Beam Energy (300A,0114) of the first Control Point of the Ion Control Point Sequence (300A,03A8)."""

    CompensatorMillingToolDiameter: Annotated[
        vr.FL | None,
        Attribute(0x300A02E8, "FL", "1", "3", name="Compensator Milling Tool Diameter"),
    ] = None
    """Compensator Milling Tool Diameter (300A,02E8): Type 3, VR FL, VM 1. The diameter (in mm) of the milling tool to be used to create the compensator. The diameter is expressed as the actual physical size and not a projected size at isocenter."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CompensatorDivergence": ("dicomodel.enums.compensator_divergence", "CompensatorDivergence"),
    "CompensatorMountingPosition": (
        "dicomodel.enums.compensator_mounting_position",
        "CompensatorMountingPosition",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
