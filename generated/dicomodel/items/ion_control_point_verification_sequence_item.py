"""Item class IonControlPointVerificationSequenceItem.

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
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirectionValue as _GantryPitchRotationDirectionValue,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirectionValue as _GantryRotationDirectionValue,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirectionValue as _PatientSupportRotationDirectionValue,
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
    from dicomodel.items.ion_wedge_position_sequence_item_rt_ion_machine_verification import (
        IonWedgePositionSequenceItemRTIonMachineVerification as _IonWedgePositionSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_machine_verification import (
        LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification as _LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.range_modulator_settings_sequence_item_rt_ion_machine_verification import (
        RangeModulatorSettingsSequenceItemRTIonMachineVerification as _RangeModulatorSettingsSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.range_shifter_settings_sequence_item_rt_ion_machine_verification import (
        RangeShifterSettingsSequenceItemRTIonMachineVerification as _RangeShifterSettingsSequenceItemRTIonMachineVerification,
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
    _GantryPitchRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_pitch_rotation_direction", "GantryPitchRotationDirectionValue"
    )
    _GantryRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_rotation_direction", "GantryRotationDirectionValue"
    )
    _IonWedgePositionSequenceItemRTIonMachineVerification = Lazy(
        "dicomodel.items.ion_wedge_position_sequence_item_rt_ion_machine_verification",
        "IonWedgePositionSequenceItemRTIonMachineVerification",
    )
    _LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification = Lazy(
        "dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_machine_verification",
        "LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification",
    )
    _PatientSupportRotationDirectionValue = Lazy(
        "dicomodel.enums.patient_support_rotation_direction", "PatientSupportRotationDirectionValue"
    )
    _RangeModulatorSettingsSequenceItemRTIonMachineVerification = Lazy(
        "dicomodel.items.range_modulator_settings_sequence_item_rt_ion_machine_verification",
        "RangeModulatorSettingsSequenceItemRTIonMachineVerification",
    )
    _RangeShifterSettingsSequenceItemRTIonMachineVerification = Lazy(
        "dicomodel.items.range_shifter_settings_sequence_item_rt_ion_machine_verification",
        "RangeShifterSettingsSequenceItemRTIonMachineVerification",
    )
    _TableTopPitchRotationDirectionValue = Lazy(
        "dicomodel.enums.table_top_pitch_rotation_direction", "TableTopPitchRotationDirectionValue"
    )
    _TableTopRollRotationDirectionValue = Lazy(
        "dicomodel.enums.table_top_roll_rotation_direction", "TableTopRollRotationDirectionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirection as GantryPitchRotationDirection,
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
    from dicomodel.items.ion_wedge_position_sequence_item_rt_ion_machine_verification import (
        IonWedgePositionSequenceItemRTIonMachineVerification as IonWedgePositionSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_machine_verification import (
        LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification as LateralSpreadingDeviceSettingsSequenceItem,
    )
    from dicomodel.items.range_modulator_settings_sequence_item_rt_ion_machine_verification import (
        RangeModulatorSettingsSequenceItemRTIonMachineVerification as RangeModulatorSettingsSequenceItem,
    )
    from dicomodel.items.range_shifter_settings_sequence_item_rt_ion_machine_verification import (
        RangeShifterSettingsSequenceItemRTIonMachineVerification as RangeShifterSettingsSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "IonControlPointVerificationSequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "PatientSupportRotationDirection",
    "RTBeamLimitingDeviceType",
    "RangeModulatorSettingsSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
]


class IonControlPointVerificationSequenceItem(DicomModel):
    """An item of Ion Control Point Verification Sequence (0074,104E), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Ion Control Point Verification Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    MetersetRateSet: Annotated[
        vr.FL | None, Attribute(0x30080045, "FL", "1", None, name="Meterset Rate Set")
    ] = None
    """Meterset Rate Set (3008,0045): no Type, VR FL, VM 1. The specified speed of delivery of the specified dose in units specified by Primary Dosimeter Unit (300A,00B3) in referenced RT Plan per minute."""

    NominalBeamEnergy: Annotated[
        vr.DS | None, Attribute(0x300A0114, "DS", "1", None, name="Nominal Beam Energy")
    ] = None
    """Nominal Beam Energy (300A,0114): no Type, VR DS, VM 1. Nominal Beam Energy at control point."""

    BeamLimitingDevicePositionSequence: Annotated[
        list[_BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification] | None,
        Attribute(0x300A011A, "SQ", "1", None, name="Beam Limiting Device Position Sequence"),
    ] = None
    """Beam Limiting Device Position Sequence (300A,011A): no Type, VR SQ, VM 1. Beam limiting device (collimator) jaw or leaf (element) positions. One or more Items shall be included in this Sequence."""

    GantryAngle: Annotated[
        vr.DS | None, Attribute(0x300A011E, "DS", "1", None, name="Gantry Angle")
    ] = None
    """Gantry Angle (300A,011E): no Type, VR DS, VM 1. Gantry angle of radiation source in degrees, i.e., orientation of the IEC GANTRY coordinate system with respect to the IEC FIXED REFERENCE coordinate system."""

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

    HeadFixationAngle: Annotated[
        vr.FL | None, Attribute(0x300A0148, "FL", "1", None, name="Head Fixation Angle")
    ] = None
    """Head Fixation Angle (300A,0148): no Type, VR FL, VM 1. Angle in degrees of the head fixation for eye treatments with respect to the Table Top Pitch Angle (300A,0140) coordinate system. Positive head fixation angle is the same direction as positive Table Top Pitch. See Section C.8.8.25.6.4."""

    GantryPitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A014A, "FL", "1", None, name="Gantry Pitch Angle")
    ] = None
    """Gantry Pitch Angle (300A,014A): no Type, VR FL, VM 1. Gantry Pitch Angle in degrees of the radiation source, i.e., the rotation of the IEC GANTRY coordinate system about the X-axis of the IEC GANTRY coordinate system. See Section C.8.8.25.6.5."""

    GantryPitchRotationDirection: Annotated[
        _GantryPitchRotationDirectionValue | None,
        Attribute(
            0x300A014C,
            "CS",
            "1",
            None,
            name="Gantry Pitch Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Gantry Pitch Rotation Direction (300A,014C): no Type, VR CS, VM 1. Direction of Gantry Pitch Angle when viewing along the positive X-axis of the IEC GANTRY coordinate system, for segment following Control Point. See Section C.8.8.14.8 and Section C.8.8.25.6.5."""

    SnoutPosition: Annotated[
        vr.FL | None, Attribute(0x300A030D, "FL", "1", None, name="Snout Position")
    ] = None
    """Snout Position (300A,030D): no Type, VR FL, VM 1. Axial position in mm of the snout, measured from isocenter to the downstream side of the snout (without consideration of variable length elements such as blocks, MLC and/or compensators)."""

    RangeShifterSettingsSequence: Annotated[
        list[_RangeShifterSettingsSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300A0360, "SQ", "1", None, name="Range Shifter Settings Sequence"),
    ] = None
    """Range Shifter Settings Sequence (300A,0360): no Type, VR SQ, VM 1. Range Shifter settings for the current control point. One or more Items shall be included in this Sequence."""

    LateralSpreadingDeviceSettingsSequence: Annotated[
        list[_LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300A0370, "SQ", "1", None, name="Lateral Spreading Device Settings Sequence"),
    ] = None
    """Lateral Spreading Device Settings Sequence (300A,0370): no Type, VR SQ, VM 1. Lateral Spreading Device settings for the current control point. One or more Items shall be included in this Sequence."""

    RangeModulatorSettingsSequence: Annotated[
        list[_RangeModulatorSettingsSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300A0380, "SQ", "1", None, name="Range Modulator Settings Sequence"),
    ] = None
    """Range Modulator Settings Sequence (300A,0380): no Type, VR SQ, VM 1. Range Modulator Settings for current control point. One or more Items shall be included in this Sequence."""

    IonWedgePositionSequence: Annotated[
        list[_IonWedgePositionSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300A03AC, "SQ", "1", None, name="Ion Wedge Position Sequence"),
    ] = None
    """Ion Wedge Position Sequence (300A,03AC): no Type, VR SQ, VM 1. Wedge positions for current control point. One or more Items shall be included in this Sequence."""

    ReferencedControlPointIndex: Annotated[
        vr.IS | None, Attribute(0x300C00F0, "IS", "1", None, name="Referenced Control Point Index")
    ] = None
    """Referenced Control Point Index (300C,00F0): no Type, VR IS, VM 1. Uniquely identifies Control Point specified by Control Point Index (300A,0112 within the Beam referenced by Referenced Beam Number (300C,0006)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification",
        "BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "GantryPitchRotationDirection": (
        "dicomodel.enums.gantry_pitch_rotation_direction",
        "GantryPitchRotationDirection",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "IonWedgePositionSequenceItem": (
        "dicomodel.items.ion_wedge_position_sequence_item_rt_ion_machine_verification",
        "IonWedgePositionSequenceItemRTIonMachineVerification",
    ),
    "LateralSpreadingDeviceSettingsSequenceItem": (
        "dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_machine_verification",
        "LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification",
    ),
    "PatientSupportRotationDirection": (
        "dicomodel.enums.patient_support_rotation_direction",
        "PatientSupportRotationDirection",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RangeModulatorSettingsSequenceItem": (
        "dicomodel.items.range_modulator_settings_sequence_item_rt_ion_machine_verification",
        "RangeModulatorSettingsSequenceItemRTIonMachineVerification",
    ),
    "RangeShifterSettingsSequenceItem": (
        "dicomodel.items.range_shifter_settings_sequence_item_rt_ion_machine_verification",
        "RangeShifterSettingsSequenceItemRTIonMachineVerification",
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
