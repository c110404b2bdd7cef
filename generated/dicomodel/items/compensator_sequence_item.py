"""Item class CompensatorSequenceItem.

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
    from dicomodel.enums.compensator_type import CompensatorTypeTerm as _CompensatorTypeTerm
else:
    from dicomodel.lazy import Lazy

    _CompensatorDivergenceValue = Lazy(
        "dicomodel.enums.compensator_divergence", "CompensatorDivergenceValue"
    )
    _CompensatorMountingPositionValue = Lazy(
        "dicomodel.enums.compensator_mounting_position", "CompensatorMountingPositionValue"
    )
    _CompensatorTypeTerm = Lazy("dicomodel.enums.compensator_type", "CompensatorTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergence as CompensatorDivergence,
    )
    from dicomodel.enums.compensator_mounting_position import (
        CompensatorMountingPosition as CompensatorMountingPosition,
    )
    from dicomodel.enums.compensator_type import CompensatorTypeTerm as CompensatorTypeTerm

__all__ = [
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "CompensatorSequenceItem",
    "CompensatorTypeTerm",
]


class CompensatorSequenceItem(DicomModel):
    """An item of Compensator Sequence (300A,00E3), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Compensator Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    CompensatorDescription: Annotated[
        vr.LT | None, Attribute(0x300A02EB, "LT", "1", "3", name="Compensator Description")
    ] = None
    """Compensator Description (300A,02EB): Type 3, VR LT, VM 1. User defined description for the compensator."""

    CompensatorNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00E4,
            "IS",
            "1",
            "1C",
            name="Compensator Number",
            when=("compare", 0x300A00E0, 1, "!=", 0),
        ),
    ] = None
    """Compensator Number (300A,00E4): Type 1C, VR IS, VM 1. Required if Number of Compensators (300A,00E0) is non-zero. Identification number of the Compensator. The value of Compensator Number (300A,00E4) shall be unique within the Beam in which it is created. Required if Number of Compensators (300A,00E0) is non-zero."""

    CompensatorType: Annotated[
        _CompensatorTypeTerm | vr.CS | None,
        Attribute(0x300A00EE, "CS", "1", "3", name="Compensator Type"),
    ] = None
    """Compensator Type (300A,00EE): Type 3, VR CS, VM 1. Type of compensator (if any). Defined Terms: STANDARD physical (static) compensator DYNAMIC moving Beam Limiting Device (collimator) simulating physical compensator"""

    MaterialID: Annotated[
        vr.SH | None,
        Attribute(
            0x300A00E1,
            "SH",
            "1",
            "2C",
            name="Material ID",
            when=("compare", 0x300A00E0, 1, "!=", 0),
        ),
    ] = None
    """Material ID (300A,00E1): Type 2C, VR SH, VM 1. Required if Number of Compensators (300A,00E0) is non-zero. User-supplied identifier for material used to manufacture Compensator. Required if Number of Compensators (300A,00E0) is non-zero."""

    CompensatorID: Annotated[
        vr.SH | None, Attribute(0x300A00E5, "SH", "1", "3", name="Compensator ID")
    ] = None
    """Compensator ID (300A,00E5): Type 3, VR SH, VM 1. User-supplied identifier for compensator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the Compensator intended to be read by a device such as a bar-code reader."""

    CompensatorTrayID: Annotated[
        vr.SH | None, Attribute(0x300A00EF, "SH", "1", "3", name="Compensator Tray ID")
    ] = None
    """Compensator Tray ID (300A,00EF): Type 3, VR SH, VM 1. User-supplied identifier for compensator tray."""

    TrayAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0355, "LO", "1", "3", name="Tray Accessory Code")
    ] = None
    """Tray Accessory Code (300A,0355): Type 3, VR LO, VM 1. An identifier for the Tray intended to be read by a device such as a bar-code reader."""

    SourceToCompensatorTrayDistance: Annotated[
        vr.DS | None,
        Attribute(0x300A00E6, "DS", "1", "2", name="Source to Compensator Tray Distance"),
    ]
    """Source to Compensator Tray Distance (300A,00E6): Type 2, VR DS, VM 1. Radiation source to compensator tray attachment edge distance (in mm) for current compensator."""

    CompensatorDivergence: Annotated[
        _CompensatorDivergenceValue | None,
        Attribute(
            0x300A02E0,
            "CS",
            "1",
            "3",
            name="Compensator Divergence",
            enumerated=((0, ("PRESENT", "ABSENT")),),
        ),
    ] = None
    """Compensator Divergence (300A,02E0): Type 3, VR CS, VM 1. Indicates presence or absence of geometrical divergence of the compensator. Enumerated Values: PRESENT the compensator is shaped according to the beam geometrical divergence."""

    CompensatorMountingPosition: Annotated[
        _CompensatorMountingPositionValue | None,
        Attribute(
            0x300A02E1,
            "CS",
            "1",
            "3",
            name="Compensator Mounting Position",
            enumerated=((0, ("PATIENT_SIDE", "SOURCE_SIDE", "DOUBLE_SIDED")),),
        ),
    ] = None
    """Compensator Mounting Position (300A,02E1): Type 3, VR CS, VM 1. Indicates on which side of the Compensator Tray the compensator is mounted. Enumerated Values: PATIENT_SIDE the compensator is mounted on the side of the Compensator Tray that is towards the patient."""

    CompensatorRows: Annotated[
        vr.IS, Attribute(0x300A00E7, "IS", "1", "1", name="Compensator Rows")
    ]
    """Compensator Rows (300A,00E7): Type 1, VR IS, VM 1. Number of rows in the compensator. A row is defined to be in the X direction of the IEC Beam Limiting Device Coordinate system."""

    CompensatorColumns: Annotated[
        vr.IS, Attribute(0x300A00E8, "IS", "1", "1", name="Compensator Columns")
    ]
    """Compensator Columns (300A,00E8): Type 1, VR IS, VM 1. Number of columns in the compensator. A column is defined to be in the Y direction of the IEC Beam Limiting Device Coordinate system."""

    CompensatorPixelSpacing: Annotated[
        list[vr.DS], Attribute(0x300A00E9, "DS", "2", "1", name="Compensator Pixel Spacing")
    ]
    """Compensator Pixel Spacing (300A,00E9): Type 1, VR DS, VM 2. Physical distance (in mm) between the center of each pixel projected onto machine isocentric plane. Specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing."""

    CompensatorPosition: Annotated[
        list[vr.DS], Attribute(0x300A00EA, "DS", "2", "1", name="Compensator Position")
    ]
    """Compensator Position (300A,00EA): Type 1, VR DS, VM 2. The x and y coordinates of the upper left hand corner (first pixel transmitted) of the compensator, projected onto the machine isocentric plane in the IEC BEAM LIMITING DEVICE coordinate system (mm)."""

    CompensatorTransmissionData: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x300A00EB,
            "DS",
            "1-n",
            "1C",
            name="Compensator Transmission Data",
            when=("and", ("present", 0x300A00E1), ("not", ("has_value", 0x300A00E1))),
        ),
    ] = None
    """Compensator Transmission Data (300A,00EB): Type 1C, VR DS, VM 1-n. Required if Material ID (300A,00E1) is zero-length. May be present if Material ID (300A,00E1) is non-zero length. A data stream of the pixel samples that comprise the compensator, expressed as broad-beam transmission values (between 0 and 1) along a ray line passing through the pixel, at the beam energy specified by the Nominal Beam Energy (300A,0114)..."""

    CompensatorThicknessData: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x300A00EC,
            "DS",
            "1-n",
            "1C",
            name="Compensator Thickness Data",
            when=("has_value", 0x300A00E1),
        ),
    ] = None
    """Compensator Thickness Data (300A,00EC): Type 1C, VR DS, VM 1-n. Required if Material ID (300A,00E1) is non-zero length. May be present if Material ID (300A,00E1) is zero length. A data stream of the pixel samples that comprise the compensator, expressed as thicknesses (in mm). The order of pixels encoded is left to right, top to bottom, i.e., the upper left pixel is encoded first followed by the remainder of the fi..."""

    SourceToCompensatorDistance: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x300A02E2,
            "DS",
            "1-n",
            "1C",
            name="Source to Compensator Distance",
            when=(
                "and",
                ("has_value", 0x300A00E1),
                ("value", 0x300A02E1, 0, "in", ("DOUBLE_SIDED",)),
            ),
        ),
    ] = None
    """Source to Compensator Distance (300A,02E2): Type 1C, VR DS, VM 1-n. Required if Material ID (300A,00E1) is non-zero length, and Compensator Mounting Position (300A,02E1) is DOUBLE_SIDED. May be present if Material ID (300A,00E1) is zero length and Compensator Mounting Position (300A,02E1) is DOUBLE_SIDED. A data stream of the pixel samples that comprise the distance from the radiation source to the compensator surface closest to the radiation source (in mm)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CompensatorDivergence": ("dicomodel.enums.compensator_divergence", "CompensatorDivergence"),
    "CompensatorMountingPosition": (
        "dicomodel.enums.compensator_mounting_position",
        "CompensatorMountingPosition",
    ),
    "CompensatorTypeTerm": ("dicomodel.enums.compensator_type", "CompensatorTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
