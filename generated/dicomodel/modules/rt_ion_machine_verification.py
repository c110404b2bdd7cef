"""RT Ion Machine Verification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ion_machine_verification_sequence_item import (
        IonMachineVerificationSequenceItem as _IonMachineVerificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IonMachineVerificationSequenceItem = Lazy(
        "dicomodel.items.ion_machine_verification_sequence_item",
        "IonMachineVerificationSequenceItem",
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
    from dicomodel.items.ion_machine_verification_sequence_item import (
        IonMachineVerificationSequenceItem as IonMachineVerificationSequenceItem,
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
    "RTIonMachineVerificationModule",
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


class RTIonMachineVerificationModule(DicomModel):
    """RT Ion Machine Verification Module Attributes (PS3.3 Table C.31-3)."""

    dicom_name: ClassVar[str] = "RT Ion Machine Verification"
    dicom_table: ClassVar[str] = "table_C.31-3"

    IonMachineVerificationSequence: Annotated[
        list[_IonMachineVerificationSequenceItem] | None,
        Attribute(0x00741046, "SQ", "1", None, name="Ion Machine Verification Sequence"),
    ] = None
    """Ion Machine Verification Sequence (0074,1046): no Type, VR SQ, VM 1. Sequence containing ion machine verification parameters. Zero or one Item shall be included in this Sequence."""


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
    "IonMachineVerificationSequenceItem": (
        "dicomodel.items.ion_machine_verification_sequence_item",
        "IonMachineVerificationSequenceItem",
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
