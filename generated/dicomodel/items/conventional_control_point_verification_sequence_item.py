"""Item class ConventionalControlPointVerificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirectionValue as _BeamLimitingDeviceRotationDirectionValue,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirectionValue as _GantryRotationDirectionValue,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirectionValue as _PatientSupportRotationDirectionValue,
    )
    from dicomodel.enums.table_top_eccentric_rotation_direction import (
        TableTopEccentricRotationDirectionValue as _TableTopEccentricRotationDirectionValue,
    )
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirectionValue as _TableTopPitchRotationDirectionValue,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirectionValue as _TableTopRollRotationDirectionValue,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification import (
        BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as _BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_conventional_machine_verification import (
        WedgePositionSequenceItemRTConventionalMachineVerification as _WedgePositionSequenceItemRTConventionalMachineVerification,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification = Lazy(
        "dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification",
        "BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification",
    )
    _BeamLimitingDeviceRotationDirectionValue = Lazy(
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirectionValue",
    )
    _GantryRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_rotation_direction", "GantryRotationDirectionValue"
    )
    _PatientSupportRotationDirectionValue = Lazy(
        "dicomodel.enums.patient_support_rotation_direction", "PatientSupportRotationDirectionValue"
    )
    _TableTopEccentricRotationDirectionValue = Lazy(
        "dicomodel.enums.table_top_eccentric_rotation_direction",
        "TableTopEccentricRotationDirectionValue",
    )
    _TableTopPitchRotationDirectionValue = Lazy(
        "dicomodel.enums.table_top_pitch_rotation_direction", "TableTopPitchRotationDirectionValue"
    )
    _TableTopRollRotationDirectionValue = Lazy(
        "dicomodel.enums.table_top_roll_rotation_direction", "TableTopRollRotationDirectionValue"
    )
    _WedgePositionSequenceItemRTConventionalMachineVerification = Lazy(
        "dicomodel.items.wedge_position_sequence_item_rt_conventional_machine_verification",
        "WedgePositionSequenceItemRTConventionalMachineVerification",
    )

if TYPE_CHECKING:
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.table_top_eccentric_rotation_direction import (
        TableTopEccentricRotationDirection as TableTopEccentricRotationDirection,
    )
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirection as TableTopPitchRotationDirection,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirection as TableTopRollRotationDirection,
    )
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePosition
    from dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification import (
        BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_conventional_machine_verification import (
        WedgePositionSequenceItemRTConventionalMachineVerification as WedgePositionSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "ConventionalControlPointVerificationSequenceItem",
    "GantryRotationDirection",
    "PatientSupportRotationDirection",
    "RTBeamLimitingDeviceType",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
    "WedgePositionSequenceItem",
]


class ConventionalControlPointVerificationSequenceItem(DicomModel):
    """An item of Conventional Control Point Verification Sequence (0074,104C), as first defined in RT Conventional Machine Verification Module Attributes (C.31-2)."""

    dicom_name: ClassVar[str] = "Conventional Control Point Verification Sequence"
    dicom_table: ClassVar[str] = "table_C.31-2"

    NominalBeamEnergy: Annotated[
        vr.DS | None, Attribute(0x300A0114, "DS", "1", None, name="Nominal Beam Energy")
    ] = None
    """Nominal Beam Energy (300A,0114): no Type, VR DS, VM 1. Nominal Beam Energy at control point."""

    DoseRateSet: Annotated[
        vr.DS | None, Attribute(0x300A0115, "DS", "1", None, name="Dose Rate Set")
    ] = None
    """Dose Rate Set (300A,0115): no Type, VR DS, VM 1. Dose Rate to be set on treatment machine for segment beginning at current control point (e.g., MU/min)."""

    WedgePositionSequence: Annotated[
        list[_WedgePositionSequenceItemRTConventionalMachineVerification] | None,
        Attribute(0x300A0116, "SQ", "1", None, name="Wedge Position Sequence"),
    ] = None
    """Wedge Position Sequence (300A,0116): no Type, VR SQ, VM 1. Wedge Positions for the current control point. One or more Items shall be included in this Sequence. See Section C.8.8.14.5."""

    BeamLimitingDevicePositionSequence: Annotated[
        list[_BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification] | None,
        Attribute(0x300A011A, "SQ", "1", None, name="Beam Limiting Device Position Sequence"),
    ] = None
    """Beam Limiting Device Position Sequence (300A,011A): no Type, VR SQ, VM 1. Beam limiting device (collimator) jaw or leaf (element) positions. One or more Items shall be included in this Sequence."""

    GantryAngle: Annotated[
        vr.DS | None, Attribute(0x300A011E, "DS", "1", None, name="Gantry Angle")
    ] = None
    """Gantry Angle (300A,011E): no Type, VR DS, VM 1. Gantry angle in degrees of radiation source, i.e., orientation of the IEC GANTRY coordinate system with respect to the IEC FIXED REFERENCE coordinate system."""

    GantryRotationDirection: Annotated[
        _GantryRotationDirectionValue | None,
        Attribute(
            0x300A011F,
            "CS",
            "1",
            None,
            name="Gantry Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Gantry Rotation Direction (300A,011F): no Type, VR CS, VM 1. Direction of Gantry Rotation when viewing gantry from isocenter, for segment following Control Point. See Section C.8.8.14.8. Enumerated Values: CW clockwise CC counter-clockwise NONE no rotation"""

    BeamLimitingDeviceAngle: Annotated[
        vr.DS | None, Attribute(0x300A0120, "DS", "1", None, name="Beam Limiting Device Angle")
    ] = None
    """Beam Limiting Device Angle (300A,0120): no Type, VR DS, VM 1. Beam Limiting Device angle in degrees, i.e., orientation of the IEC BEAM LIMITING DEVICE coordinate system with respect to the IEC GANTRY coordinate system."""

    BeamLimitingDeviceRotationDirection: Annotated[
        _BeamLimitingDeviceRotationDirectionValue | None,
        Attribute(
            0x300A0121,
            "CS",
            "1",
            None,
            name="Beam Limiting Device Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Beam Limiting Device Rotation Direction (300A,0121): no Type, VR CS, VM 1. Direction of Beam Limiting Device Rotation when viewing beam limiting device (collimator) from radiation source, for segment following Control Point. See Section C.8.8.14.8."""

    PatientSupportAngle: Annotated[
        vr.DS | None, Attribute(0x300A0122, "DS", "1", None, name="Patient Support Angle")
    ] = None
    """Patient Support Angle (300A,0122): no Type, VR DS, VM 1. Patient Support angle in degrees, i.e., orientation of the IEC PATIENT SUPPORT (turntable) coordinate system with respect to the IEC FIXED REFERENCE coordinate system."""

    PatientSupportRotationDirection: Annotated[
        _PatientSupportRotationDirectionValue | None,
        Attribute(
            0x300A0123,
            "CS",
            "1",
            None,
            name="Patient Support Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Patient Support Rotation Direction (300A,0123): no Type, VR CS, VM 1. Direction of Patient Support Rotation when viewing table from above, for segment following Control Point. See Section C.8.8.14.8. Enumerated Values: CW clockwise CC counter-clockwise NONE no rotation"""

    TableTopEccentricAxisDistance: Annotated[
        vr.DS | None,
        Attribute(0x300A0124, "DS", "1", None, name="Table Top Eccentric Axis Distance"),
    ] = None
    """Table Top Eccentric Axis Distance (300A,0124): no Type, VR DS, VM 1. Distance (positive) in mm from the IEC PATIENT SUPPORT vertical axis to the IEC TABLE TOP ECCENTRIC vertical axis."""

    TableTopEccentricAngle: Annotated[
        vr.DS | None, Attribute(0x300A0125, "DS", "1", None, name="Table Top Eccentric Angle")
    ] = None
    """Table Top Eccentric Angle (300A,0125): no Type, VR DS, VM 1. Table Top (non-isocentric) angle, i.e., orientation of the IEC TABLE TOP ECCENTRIC coordinate system with respect to the IEC PATIENT SUPPORT coordinate system, in degrees."""

    TableTopEccentricRotationDirection: Annotated[
        _TableTopEccentricRotationDirectionValue | None,
        Attribute(
            0x300A0126,
            "CS",
            "1",
            None,
            name="Table Top Eccentric Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Table Top Eccentric Rotation Direction (300A,0126): no Type, VR CS, VM 1. Direction of Table Top Eccentric Rotation when viewing table from above, for segment following Control Point. See Section C.8.8.14.8. Enumerated Values: CW clockwise CC counter-clockwise NONE no rotation"""

    TableTopVerticalPosition: Annotated[
        vr.DS | None, Attribute(0x300A0128, "DS", "1", None, name="Table Top Vertical Position")
    ] = None
    """Table Top Vertical Position (300A,0128): no Type, VR DS, VM 1. Table Top Vertical position in mm in the IEC TABLE TOP coordinate system. See Section C.8.8.14.6."""

    TableTopLongitudinalPosition: Annotated[
        vr.DS | None, Attribute(0x300A0129, "DS", "1", None, name="Table Top Longitudinal Position")
    ] = None
    """Table Top Longitudinal Position (300A,0129): no Type, VR DS, VM 1. Table Top Longitudinal position in mm in the IEC TABLE TOP coordinate system. See Section C.8.8.14.6."""

    TableTopLateralPosition: Annotated[
        vr.DS | None, Attribute(0x300A012A, "DS", "1", None, name="Table Top Lateral Position")
    ] = None
    """Table Top Lateral Position (300A,012A): no Type, VR DS, VM 1. Table Top Lateral position in mm in the IEC TABLE TOP coordinate system. See Section C.8.8.14.6."""

    TableTopPitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A0140, "FL", "1", None, name="Table Top Pitch Angle")
    ] = None
    """Table Top Pitch Angle (300A,0140): no Type, VR FL, VM 1. Table Top Pitch Angle in degrees, i.e., the rotation of the IEC TABLE TOP coordinate system about the X-axis of the IEC TABLE TOP coordinate system. See Section C.8.8.25.6.2."""

    TableTopPitchRotationDirection: Annotated[
        _TableTopPitchRotationDirectionValue | None,
        Attribute(
            0x300A0142,
            "CS",
            "1",
            None,
            name="Table Top Pitch Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Table Top Pitch Rotation Direction (300A,0142): no Type, VR CS, VM 1. Direction of Table Top Pitch Rotation when viewing the table along the positive X-axis of the IEC TABLE TOP coordinate system, for segment following Control Point. See Section C.8.8.14.8 and Section C.8.8.25.6.2."""

    TableTopRollAngle: Annotated[
        vr.FL | None, Attribute(0x300A0144, "FL", "1", None, name="Table Top Roll Angle")
    ] = None
    """Table Top Roll Angle (300A,0144): no Type, VR FL, VM 1. Table Top Roll Angle in degrees, i.e., the rotation of the IEC TABLE TOP coordinate system about the Y-axis of the IEC TABLE TOP coordinate system. See Section C.8.8.25.6.2."""

    TableTopRollRotationDirection: Annotated[
        _TableTopRollRotationDirectionValue | None,
        Attribute(
            0x300A0146,
            "CS",
            "1",
            None,
            name="Table Top Roll Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Table Top Roll Rotation Direction (300A,0146): no Type, VR CS, VM 1. Direction of Table Top Roll Rotation when viewing the table along the positive Y-axis of the IEC TABLE TOP coordinate system, for segment following Control Point. See Section C.8.8.14.8 and Section C.8.8.25.6.2."""

    ReferencedControlPointIndex: Annotated[
        vr.IS | None, Attribute(0x300C00F0, "IS", "1", None, name="Referenced Control Point Index")
    ] = None
    """Referenced Control Point Index (300C,00F0): no Type, VR IS, VM 1. Uniquely identifies Control Point specified by Control Point Index (300A,0112) within the Beam referenced by Referenced Beam Number (300C,0006)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification",
        "BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "PatientSupportRotationDirection": (
        "dicomodel.enums.patient_support_rotation_direction",
        "PatientSupportRotationDirection",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "TableTopEccentricRotationDirection": (
        "dicomodel.enums.table_top_eccentric_rotation_direction",
        "TableTopEccentricRotationDirection",
    ),
    "TableTopPitchRotationDirection": (
        "dicomodel.enums.table_top_pitch_rotation_direction",
        "TableTopPitchRotationDirection",
    ),
    "TableTopRollRotationDirection": (
        "dicomodel.enums.table_top_roll_rotation_direction",
        "TableTopRollRotationDirection",
    ),
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePositionRTBeams"),
    "WedgePositionSequenceItem": (
        "dicomodel.items.wedge_position_sequence_item_rt_conventional_machine_verification",
        "WedgePositionSequenceItemRTConventionalMachineVerification",
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
