"""Item class IonMachineVerificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as _PatientSupportTypeTerm,
    )
    from dicomodel.enums.scan_mode import ScanModeValue as _ScanModeValue
    from dicomodel.items.ion_control_point_verification_sequence_item import (
        IonControlPointVerificationSequenceItem as _IonControlPointVerificationSequenceItem,
    )
    from dicomodel.items.recorded_lateral_spreading_device_sequence_item_rt_ion_machine_verification import (
        RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification as _RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.recorded_range_modulator_sequence_item_rt_ion_machine_verification import (
        RecordedRangeModulatorSequenceItemRTIonMachineVerification as _RecordedRangeModulatorSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.recorded_range_shifter_sequence_item_rt_ion_machine_verification import (
        RecordedRangeShifterSequenceItemRTIonMachineVerification as _RecordedRangeShifterSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.recorded_snout_sequence_item import (
        RecordedSnoutSequenceItem as _RecordedSnoutSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IonControlPointVerificationSequenceItem = Lazy(
        "dicomodel.items.ion_control_point_verification_sequence_item",
        "IonControlPointVerificationSequenceItem",
    )
    _PatientSupportTypeTerm = Lazy("dicomodel.enums.patient_support_type", "PatientSupportTypeTerm")
    _RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification = Lazy(
        "dicomodel.items.recorded_lateral_spreading_device_sequence_item_rt_ion_machine_verification",
        "RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification",
    )
    _RecordedRangeModulatorSequenceItemRTIonMachineVerification = Lazy(
        "dicomodel.items.recorded_range_modulator_sequence_item_rt_ion_machine_verification",
        "RecordedRangeModulatorSequenceItemRTIonMachineVerification",
    )
    _RecordedRangeShifterSequenceItemRTIonMachineVerification = Lazy(
        "dicomodel.items.recorded_range_shifter_sequence_item_rt_ion_machine_verification",
        "RecordedRangeShifterSequenceItemRTIonMachineVerification",
    )
    _RecordedSnoutSequenceItem = Lazy(
        "dicomodel.items.recorded_snout_sequence_item", "RecordedSnoutSequenceItem"
    )
    _ScanModeValue = Lazy("dicomodel.enums.scan_mode", "ScanModeValue")

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
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as PatientSupportTypeTerm,
    )
    from dicomodel.enums.range_modulator_type import (
        RangeModulatorTypeTerm as RangeModulatorTypeTerm,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.scan_mode import ScanMode as ScanMode
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
    from dicomodel.items.ion_control_point_verification_sequence_item import (
        IonControlPointVerificationSequenceItem as IonControlPointVerificationSequenceItem,
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
    from dicomodel.items.recorded_lateral_spreading_device_sequence_item_rt_ion_machine_verification import (
        RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification as RecordedLateralSpreadingDeviceSequenceItem,
    )
    from dicomodel.items.recorded_range_modulator_sequence_item_rt_ion_machine_verification import (
        RecordedRangeModulatorSequenceItemRTIonMachineVerification as RecordedRangeModulatorSequenceItem,
    )
    from dicomodel.items.recorded_range_shifter_sequence_item_rt_ion_machine_verification import (
        RecordedRangeShifterSequenceItemRTIonMachineVerification as RecordedRangeShifterSequenceItem,
    )
    from dicomodel.items.recorded_snout_sequence_item import (
        RecordedSnoutSequenceItem as RecordedSnoutSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "IonControlPointVerificationSequenceItem",
    "IonMachineVerificationSequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "RTBeamLimitingDeviceType",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorTypeTerm",
    "RangeShifterSettingsSequenceItem",
    "RecordedLateralSpreadingDeviceSequenceItem",
    "RecordedRangeModulatorSequenceItem",
    "RecordedRangeShifterSequenceItem",
    "RecordedSnoutSequenceItem",
    "ScanMode",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
]


class IonMachineVerificationSequenceItem(DicomModel):
    """An item of Ion Machine Verification Sequence (0074,1046), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Ion Machine Verification Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    IonControlPointVerificationSequence: Annotated[
        list[_IonControlPointVerificationSequenceItem] | None,
        Attribute(0x0074104E, "SQ", "1", None, name="Ion Control Point Verification Sequence"),
    ] = None
    """Ion Control Point Verification Sequence (0074,104E): no Type, VR SQ, VM 1. Beam control points for current ion treatment beam. Only a single Item shall be included in this Sequence."""

    RecordedSnoutSequence: Annotated[
        list[_RecordedSnoutSequenceItem] | None,
        Attribute(0x300800F0, "SQ", "1", None, name="Recorded Snout Sequence"),
    ] = None
    """Recorded Snout Sequence (3008,00F0): no Type, VR SQ, VM 1. Snouts associated with Beam. Only a single Item shall be included in this Sequence."""

    RecordedRangeShifterSequence: Annotated[
        list[_RecordedRangeShifterSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300800F2, "SQ", "1", None, name="Recorded Range Shifter Sequence"),
    ] = None
    """Recorded Range Shifter Sequence (3008,00F2): no Type, VR SQ, VM 1. Range shifters recorded with Beam. Zero or more Items shall be included in this Sequence."""

    RecordedLateralSpreadingDeviceSequence: Annotated[
        list[_RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300800F4, "SQ", "1", None, name="Recorded Lateral Spreading Device Sequence"),
    ] = None
    """Recorded Lateral Spreading Device Sequence (3008,00F4): no Type, VR SQ, VM 1. Lateral spreading devices associated with Beam. Zero or more Items shall be included in this Sequence."""

    RecordedRangeModulatorSequence: Annotated[
        list[_RecordedRangeModulatorSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300800F6, "SQ", "1", None, name="Recorded Range Modulator Sequence"),
    ] = None
    """Recorded Range Modulator Sequence (3008,00F6): no Type, VR SQ, VM 1. Range modulators associated with Beam. Zero or more Items shall be included in this Sequence."""

    RadiationMassNumber: Annotated[
        vr.IS | None, Attribute(0x300A0302, "IS", "1", None, name="Radiation Mass Number")
    ] = None
    """Radiation Mass Number (300A,0302): no Type, VR IS, VM 1. Mass number of radiation."""

    RadiationAtomicNumber: Annotated[
        vr.IS | None, Attribute(0x300A0304, "IS", "1", None, name="Radiation Atomic Number")
    ] = None
    """Radiation Atomic Number (300A,0304): no Type, VR IS, VM 1. Atomic number of radiation."""

    RadiationChargeState: Annotated[
        vr.SS | None, Attribute(0x300A0306, "SS", "1", None, name="Radiation Charge State")
    ] = None
    """Radiation Charge State (300A,0306): no Type, VR SS, VM 1. Charge state of radiation."""

    ScanMode: Annotated[
        _ScanModeValue | None,
        Attribute(
            0x300A0308,
            "CS",
            "1",
            None,
            name="Scan Mode",
            enumerated=((0, ("NONE", "UNIFORM", "MODULATED")),),
        ),
    ] = None
    """Scan Mode (300A,0308): no Type, VR CS, VM 1. The method of beam scanning to be used during treatment. Enumerated Values: NONE No beam scanning is performed UNIFORM The beam is scanned between control points to create a uniform lateral fluence distribution across the field MODULATED Th..."""

    NumberOfRangeShifters: Annotated[
        vr.IS | None, Attribute(0x300A0312, "IS", "1", None, name="Number of Range Shifters")
    ] = None
    """Number of Range Shifters (300A,0312): no Type, VR IS, VM 1. Number of range shifters associated with current beam."""

    NumberOfLateralSpreadingDevices: Annotated[
        vr.IS | None,
        Attribute(0x300A0330, "IS", "1", None, name="Number of Lateral Spreading Devices"),
    ] = None
    """Number of Lateral Spreading Devices (300A,0330): no Type, VR IS, VM 1. Number of lateral spreading devices associated with current beam."""

    NumberOfRangeModulators: Annotated[
        vr.IS | None, Attribute(0x300A0340, "IS", "1", None, name="Number of Range Modulators")
    ] = None
    """Number of Range Modulators (300A,0340): no Type, VR IS, VM 1. Number of range modulators associated with current beam."""

    PatientSupportType: Annotated[
        _PatientSupportTypeTerm | vr.CS | None,
        Attribute(0x300A0350, "CS", "1", None, name="Patient Support Type"),
    ] = None
    """Patient Support Type (300A,0350): no Type, VR CS, VM 1. Defined Terms: TABLE Treatment delivery system table CHAIR Treatment delivery system chair See Section C.8.8.25.6.3."""

    PatientSupportID: Annotated[
        vr.SH | None, Attribute(0x300A0352, "SH", "1", None, name="Patient Support ID")
    ] = None
    """Patient Support ID (300A,0352): no Type, VR SH, VM 1. User-specified identifier for manufacturer specific patient support devices."""

    PatientSupportAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0354, "LO", "1", None, name="Patient Support Accessory Code")
    ] = None
    """Patient Support Accessory Code (300A,0354): no Type, VR LO, VM 1. A Patient Support accessory identifier to be read by a device such as a bar code reader."""

    FixationLightAzimuthalAngle: Annotated[
        vr.FL | None, Attribute(0x300A0356, "FL", "1", None, name="Fixation Light Azimuthal Angle")
    ] = None
    """Fixation Light Azimuthal Angle (300A,0356): no Type, VR FL, VM 1. Azimuthal angle in degrees of the fixation light coordinate around the IEC BEAM LIMITING DEVICE Y-axis. Used for eye treatments. See Section C.8.8.25.6.4."""

    FixationLightPolarAngle: Annotated[
        vr.FL | None, Attribute(0x300A0358, "FL", "1", None, name="Fixation Light Polar Angle")
    ] = None
    """Fixation Light Polar Angle (300A,0358): no Type, VR FL, VM 1. Polar angle in degrees of the fixation light coordinate. Used for eye treatments. See Section C.8.8.25.6.4."""


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
    "IonControlPointVerificationSequenceItem": (
        "dicomodel.items.ion_control_point_verification_sequence_item",
        "IonControlPointVerificationSequenceItem",
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
    "PatientSupportTypeTerm": ("dicomodel.enums.patient_support_type", "PatientSupportTypeTerm"),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RangeModulatorSettingsSequenceItem": (
        "dicomodel.items.range_modulator_settings_sequence_item_rt_ion_machine_verification",
        "RangeModulatorSettingsSequenceItemRTIonMachineVerification",
    ),
    "RangeModulatorTypeTerm": ("dicomodel.enums.range_modulator_type", "RangeModulatorTypeTerm"),
    "RangeShifterSettingsSequenceItem": (
        "dicomodel.items.range_shifter_settings_sequence_item_rt_ion_machine_verification",
        "RangeShifterSettingsSequenceItemRTIonMachineVerification",
    ),
    "RecordedLateralSpreadingDeviceSequenceItem": (
        "dicomodel.items.recorded_lateral_spreading_device_sequence_item_rt_ion_machine_verification",
        "RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification",
    ),
    "RecordedRangeModulatorSequenceItem": (
        "dicomodel.items.recorded_range_modulator_sequence_item_rt_ion_machine_verification",
        "RecordedRangeModulatorSequenceItemRTIonMachineVerification",
    ),
    "RecordedRangeShifterSequenceItem": (
        "dicomodel.items.recorded_range_shifter_sequence_item_rt_ion_machine_verification",
        "RecordedRangeShifterSequenceItemRTIonMachineVerification",
    ),
    "RecordedSnoutSequenceItem": (
        "dicomodel.items.recorded_snout_sequence_item",
        "RecordedSnoutSequenceItem",
    ),
    "ScanMode": ("dicomodel.enums.scan_mode", "ScanMode"),
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
