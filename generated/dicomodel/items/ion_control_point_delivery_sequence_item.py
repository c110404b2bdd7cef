"""Item class IonControlPointDeliverySequenceItem.

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
    from dicomodel.enums.scan_spot_reordered import (
        ScanSpotReorderedValue as _ScanSpotReorderedValue,
    )
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirectionValue as _TableTopPitchRotationDirectionValue,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirectionValue as _TableTopRollRotationDirectionValue,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as _BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.corrected_parameter_sequence_item import (
        CorrectedParameterSequenceItem as _CorrectedParameterSequenceItem,
    )
    from dicomodel.items.ion_wedge_position_sequence_item import (
        IonWedgePositionSequenceItem as _IonWedgePositionSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_beams_session_record import (
        LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord as _LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.override_sequence_item_rt_ion_beams_session_record import (
        OverrideSequenceItemRTIonBeamsSessionRecord as _OverrideSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.range_modulator_settings_sequence_item_rt_ion_beams_session_record import (
        RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord as _RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.range_shifter_settings_sequence_item_rt_ion_beams_session_record import (
        RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord as _RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as _RTBeamLimitingDeviceOpeningDefinitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamLimitingDevicePositionSequenceItem = Lazy(
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    )
    _BeamLimitingDeviceRotationDirectionValue = Lazy(
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirectionValue",
    )
    _CorrectedParameterSequenceItem = Lazy(
        "dicomodel.items.corrected_parameter_sequence_item", "CorrectedParameterSequenceItem"
    )
    _GantryPitchRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_pitch_rotation_direction", "GantryPitchRotationDirectionValue"
    )
    _GantryRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_rotation_direction", "GantryRotationDirectionValue"
    )
    _IonWedgePositionSequenceItem = Lazy(
        "dicomodel.items.ion_wedge_position_sequence_item", "IonWedgePositionSequenceItem"
    )
    _LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_beams_session_record",
        "LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord",
    )
    _OverrideSequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.override_sequence_item_rt_ion_beams_session_record",
        "OverrideSequenceItemRTIonBeamsSessionRecord",
    )
    _PatientSupportRotationDirectionValue = Lazy(
        "dicomodel.enums.patient_support_rotation_direction", "PatientSupportRotationDirectionValue"
    )
    _RTBeamLimitingDeviceOpeningDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    )
    _RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.range_modulator_settings_sequence_item_rt_ion_beams_session_record",
        "RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord",
    )
    _RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.range_shifter_settings_sequence_item_rt_ion_beams_session_record",
        "RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord",
    )
    _ScanSpotReorderedValue = Lazy("dicomodel.enums.scan_spot_reordered", "ScanSpotReorderedValue")
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
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirection as GantryPitchRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.scan_spot_reordered import ScanSpotReordered as ScanSpotReordered
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirection as TableTopPitchRotationDirection,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirection as TableTopRollRotationDirection,
    )
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePosition
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.corrected_parameter_sequence_item import (
        CorrectedParameterSequenceItem as CorrectedParameterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.ion_wedge_position_sequence_item import (
        IonWedgePositionSequenceItem as IonWedgePositionSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_beams_session_record import (
        LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord as LateralSpreadingDeviceSettingsSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.override_sequence_item_rt_ion_beams_session_record import (
        OverrideSequenceItemRTIonBeamsSessionRecord as OverrideSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.range_modulator_settings_sequence_item_rt_ion_beams_session_record import (
        RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord as RangeModulatorSettingsSequenceItem,
    )
    from dicomodel.items.range_shifter_settings_sequence_item_rt_ion_beams_session_record import (
        RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord as RangeShifterSettingsSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "ContextGroupExtensionFlag",
    "CorrectedParameterSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IonControlPointDeliverySequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "PatientSupportRotationDirection",
    "PersonIdentificationCodeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RangeModulatorSettingsSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "ScanSpotReordered",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
]


class IonControlPointDeliverySequenceItem(DicomModel):
    """An item of Ion Control Point Delivery Sequence (3008,0041), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Ion Control Point Delivery Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedControlPointIndex: Annotated[
        vr.IS, Attribute(0x300C00F0, "IS", "1", "1", name="Referenced Control Point Index")
    ]
    """Referenced Control Point Index (300C,00F0): Type 1, VR IS, VM 1. Uniquely identifies Control Point specified by Control Point Index (300A,0112) within the Beam referenced by Referenced Beam Number (300C,0006)."""

    TreatmentControlPointDate: Annotated[
        vr.DA, Attribute(0x30080024, "DA", "1", "1", name="Treatment Control Point Date")
    ]
    """Treatment Control Point Date (3008,0024): Type 1, VR DA, VM 1. Date when the delivery of radiation at this control point began. For the final control point this shall be the Date when the previous control point ended."""

    TreatmentControlPointTime: Annotated[
        vr.TM, Attribute(0x30080025, "TM", "1", "1", name="Treatment Control Point Time")
    ]
    """Treatment Control Point Time (3008,0025): Type 1, VR TM, VM 1. Time when the delivery of radiation at this control point began. For the final control point this shall be the Time when the previous control point ended."""

    SpecifiedMeterset: Annotated[
        vr.DS | None, Attribute(0x30080042, "DS", "1", "2", name="Specified Meterset")
    ]
    """Specified Meterset (3008,0042): Type 2, VR DS, VM 1. Desired machine setting for current control point in units specified by Primary Dosimeter Unit (300A,00B3)."""

    DeliveredMeterset: Annotated[
        vr.DS, Attribute(0x30080044, "DS", "1", "1", name="Delivered Meterset")
    ]
    """Delivered Meterset (3008,0044): Type 1, VR DS, VM 1. Machine setting actually delivered at current control point in units specified by Primary Dosimeter Unit (300A,00B3)."""

    MetersetRateSet: Annotated[
        vr.FL | None, Attribute(0x30080045, "FL", "1", "3", name="Meterset Rate Set")
    ] = None
    """Meterset Rate Set (3008,0045): Type 3, VR FL, VM 1. The specified speed of delivery of the specified dose in units specified by Primary Dosimeter Unit (300A,00B3) per minute."""

    MetersetRateDelivered: Annotated[
        vr.FL | None, Attribute(0x30080046, "FL", "1", "3", name="Meterset Rate Delivered")
    ] = None
    """Meterset Rate Delivered (3008,0046): Type 3, VR FL, VM 1. The delivered speed of delivery of the specified dose in units specified by Primary Dosimeter Unit (300A,00B3) per minute."""

    NominalBeamEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0114,
            "DS",
            "1",
            "1C",
            name="Nominal Beam Energy",
            when=(
                "and",
                (
                    "or",
                    ("item_index", "==", 1),
                    ("unknown", "depends on changes between control points"),
                ),
                ("not", ("present", 0x00180060)),
            ),
        ),
    ] = None
    """Nominal Beam Energy (300A,0114): Type 1C, VR DS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Nominal Beam Energy (300A,0114) changes during beam administration, and KVP (0018,0060) is not present. Nominal Beam Energy at control point in MeV per nucleon. Defined at nozzle entrance before all Beam Modifiers. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Nominal Beam Energy (300A,0114) changes dur..."""

    KVP: Annotated[
        vr.DS | None,
        Attribute(
            0x00180060,
            "DS",
            "1",
            "1C",
            name="KVP",
            when=(
                "and",
                (
                    "or",
                    ("item_index", "==", 1),
                    ("unknown", "depends on changes between control points"),
                ),
                ("not", ("present", 0x300A0114)),
            ),
        ),
    ] = None
    """KVP (0018,0060): Type 1C, VR DS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041), or if kVp changes during setup, and Nominal Beam Energy (300A,0114) is not present. Peak kilo voltage output of the setup X-Ray generator used. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041), or if kVp changes during setup, and Nominal Beam Energy (300A,0114) is not present."""

    IonWedgePositionSequence: Annotated[
        list[_IonWedgePositionSequenceItem] | None,
        Attribute(
            0x300A03AC,
            "SQ",
            "1",
            "1C",
            name="Ion Wedge Position Sequence",
            when=(
                "unknown",
                "condition not read: no verb after 'Wedge Thin Edge Position (300A,00DB) changes during beam' (in 'Required for first Item of Ion Control Point Sequence if Number of Wedges (300A,00D0) is non-zero , and in subsequent control points if Wedge Position (300A,0118) or Wedge Thin Edge Position (300A,00DB) changes during beam')",
            ),
        ),
    ] = None
    """Ion Wedge Position Sequence (300A,03AC): Type 1C, VR SQ, VM 1. Required for first Item of Ion Control Point Sequence if Number of Wedges (300A,00D0) is non-zero, and in subsequent control points if Wedge Position (300A,0118) or Wedge Thin Edge Position (300A,00DB) changes during beam. Sequence of Wedge positions for current control point. Required for first Item of Ion Control Point Sequence if Number of Wedges (300A,00D0) is non-zero, and in subsequent control points if Wedge Position (300A,0118) or Wedge Thin Edge Posi..."""

    BeamLimitingDevicePositionSequence: Annotated[
        list[_BeamLimitingDevicePositionSequenceItem] | None,
        Attribute(
            0x300A011A,
            "SQ",
            "1",
            "1C",
            name="Beam Limiting Device Position Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'for first Item of the including control point Sequence ( either Ion Control Point Sequence (300A,03A8)' (in 'Required if Ion Beam Limiting Device Sequence (300A,03A4) or Beam Limiting Device Leaf Pairs Sequence (3008,00A0) is included in this SOP Instance and for first Item of the including control point Sequence ( either Ion Control Point Sequence (300A,03A8) or Ion Control Point Delivery Sequence (3008,0041) ) , or if any value of Leaf/Jaw Positions (300A,011C) changes during the Beam')",
            ),
        ),
    ] = None
    """Beam Limiting Device Position Sequence (300A,011A): Type 1C, VR SQ, VM 1. Required if Ion Beam Limiting Device Sequence (300A,03A4) or Beam Limiting Device Leaf Pairs Sequence (3008,00A0) is included in this SOP Instance and for first Item of the including control point Sequence (either Ion Control Point Sequence (300A,03A8) or Ion Control Point Delivery Sequence (3008,0041)), or if any value of Leaf/Jaw Positions (300A,011C) changes during the Beam. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required if Ion Beam Limiting Device Sequence (300A,03A4) or Beam Limiting Device Leaf Pairs Sequence (3008,00A0) is included in this SOP Instance and for first..."""

    EnhancedRTBeamLimitingOpeningSequence: Annotated[
        list[_RTBeamLimitingDeviceOpeningDefinitionItem] | None,
        Attribute(
            0x300800A2,
            "SQ",
            "1",
            "1C",
            name="Enhanced RT Beam Limiting Opening Sequence",
            when=(
                "and",
                (
                    "or",
                    ("item_index", "==", 1),
                    (
                        "unknown",
                        "names no attribute: the values of the Beam Limiting Device change during the Beam",
                    ),
                ),
                ("value", 0x300800A3, 0, "in", ("YES",)),
            ),
        ),
    ] = None
    """Enhanced RT Beam Limiting Opening Sequence (3008,00A2): Type 1C, VR SQ, VM 1. Required for the first Control Point of Control Point Delivery Sequence (3008,0040), or if the values of the Beam Limiting Device change during the Beam and if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) has the value YES. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required for the first Control Point of Control Point Delivery Sequence (3008,0040), or if the values of the Beam Limiting Device change during the Beam and if E..."""

    RangeShifterSettingsSequence: Annotated[
        list[_RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(
            0x300A0360,
            "SQ",
            "1",
            "1C",
            name="Range Shifter Settings Sequence",
            when=(
                "and",
                (
                    "or",
                    ("item_index", "==", 1),
                    ("unknown", "depends on changes between control points"),
                ),
                ("compare", 0x300A0312, 1, "!=", 0),
            ),
        ),
    ] = None
    """Range Shifter Settings Sequence (300A,0360): Type 1C, VR SQ, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Range Shifter Setting (300A,0362) changes during beam administration, and Number of Range Shifters (300A,0312) is non-zero. Sequence of Range Shifter settings for the current control point. One or more Items shall be included in this Sequence. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Range Shifter Setting (300A,0362)..."""

    LateralSpreadingDeviceSettingsSequence: Annotated[
        list[_LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(
            0x300A0370,
            "SQ",
            "1",
            "1C",
            name="Lateral Spreading Device Settings Sequence",
            when=(
                "and",
                (
                    "or",
                    ("item_index", "==", 1),
                    ("unknown", "depends on changes between control points"),
                ),
                ("compare", 0x300A0330, 1, "!=", 0),
            ),
        ),
    ] = None
    """Lateral Spreading Device Settings Sequence (300A,0370): Type 1C, VR SQ, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Lateral Spreading Device Setting (300A,0372) changes during beam administration, and Number of Lateral Spreading Devices (300A,0330) is non-zero. Sequence of Lateral Spreading Device settings for the current control point. One or more Items shall be included in this Sequence."""

    RangeModulatorSettingsSequence: Annotated[
        list[_RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(
            0x300A0380,
            "SQ",
            "1",
            "1C",
            name="Range Modulator Settings Sequence",
            when=(
                "and",
                (
                    "or",
                    ("item_index", "==", 1),
                    (
                        "unknown",
                        "names no attribute: Range Modulator Settings change during beam administration",
                    ),
                ),
                ("compare", 0x300A0340, 1, "!=", 0),
            ),
        ),
    ] = None
    """Range Modulator Settings Sequence (300A,0380): Type 1C, VR SQ, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041), or if Range Modulator Settings change during beam administration, and Number of Range Modulators (300A,0340) is non-zero. Sequence of Range Modulator Settings for current control point. One or more Items shall be included in this Sequence. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041), or if Range Modulator Settings change dur..."""

    GantryAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x300A011E,
            "DS",
            "1",
            "1C",
            name="Gantry Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Gantry Angle (300A,011E): Type 1C, VR DS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Gantry Angle changes during beam administration. Treatment machine or imaging device gantry angle, i.e., orientation of IEC GANTRY coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

    GantryRotationDirection: Annotated[
        _GantryRotationDirectionValue | None,
        Attribute(
            0x300A011F,
            "CS",
            "1",
            "1C",
            name="Gantry Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Gantry Rotation Direction (300A,011F): Type 1C, VR CS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041), or if Gantry Rotation Direction changes during beam administration. Direction of Gantry Rotation when viewing gantry from isocenter, for segment beginning at current Control Point. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041), or if Gantry Rotation Direction changes during..."""

    GantryPitchAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x300A014A,
            "FL",
            "1",
            "2C",
            name="Gantry Pitch Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Gantry Pitch Angle (300A,014A): Type 2C, VR FL, VM 1. Required for first Item of Control Point Sequence, or if Gantry Pitch Rotation Angle changes during Beam. Gantry Pitch Angle. i.e., the rotation of the IEC GANTRY coordinate system about the X-axis of the IEC GANTRY coordinate system (degrees)."""

    GantryPitchRotationDirection: Annotated[
        _GantryPitchRotationDirectionValue | None,
        Attribute(
            0x300A014C,
            "CS",
            "1",
            "2C",
            name="Gantry Pitch Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Gantry Pitch Rotation Direction (300A,014C): Type 2C, VR CS, VM 1. Required for first Item of Control Point Sequence, or if Gantry Pitch Rotation Direction changes during Beam. Direction of Gantry Pitch Angle when viewing along the positive X-axis of the IEC GANTRY coordinate system, for segment following Control Point."""

    BeamLimitingDeviceAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0120,
            "DS",
            "1",
            "1C",
            name="Beam Limiting Device Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Beam Limiting Device Angle (300A,0120): Type 1C, VR DS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if beam limiting device (collimator) angle changes during beam administration. Beam Limiting Device (collimator) angle, i.e., orientation of IEC BEAM LIMITING DEVICE coordinate system with respect to IEC GANTRY coordinate system (degrees)."""

    BeamLimitingDeviceRotationDirection: Annotated[
        _BeamLimitingDeviceRotationDirectionValue | None,
        Attribute(
            0x300A0121,
            "CS",
            "1",
            "1C",
            name="Beam Limiting Device Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Beam Limiting Device Rotation Direction (300A,0121): Type 1C, VR CS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Beam Limiting Device Rotation Direction changes during beam administration. Direction of Beam Limiting Device Rotation when viewing beam limiting device (collimator) from radiation source, for segment beginning at current Control Point."""

    ScanSpotTuneID: Annotated[
        vr.SH | None,
        Attribute(
            0x300A0390,
            "SH",
            "1",
            "1C",
            name="Scan Spot Tune ID",
            when=("value", 0x300A0308, 0, "in", ("MODULATED", "MODULATED_SPEC")),
        ),
    ] = None
    """Scan Spot Tune ID (300A,0390): Type 1C, VR SH, VM 1. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC. User-supplied or machine code identifier for machine configuration to produce beam spot. This may be the nominal spot size or some other machine specific value. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC."""

    NumberOfScanSpotPositions: Annotated[
        vr.IS | None,
        Attribute(
            0x300A0392,
            "IS",
            "1",
            "1C",
            name="Number of Scan Spot Positions",
            when=("value", 0x300A0308, 0, "in", ("MODULATED", "MODULATED_SPEC")),
        ),
    ] = None
    """Number of Scan Spot Positions (300A,0392): Type 1C, VR IS, VM 1. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC. Number of spot positions used to specify scanning pattern for current segment beginning at control point. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC."""

    ScanSpotPositionMap: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x300A0394,
            "FL",
            "1-n",
            "1C",
            name="Scan Spot Position Map",
            when=("value", 0x300A0308, 0, "in", ("MODULATED", "MODULATED_SPEC")),
        ),
    ] = None
    """Scan Spot Position Map (300A,0394): Type 1C, VR FL, VM 1-n. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC. A data stream of (x,y) pairs that define the coordinates of the scan spots as projected onto the machine isocentric plane in the IEC GANTRY coordinate system (mm). Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC."""

    ScanSpotMetersetsDelivered: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x30080047,
            "FL",
            "1-n",
            "1C",
            name="Scan Spot Metersets Delivered",
            when=("value", 0x300A0308, 0, "in", ("MODULATED", "MODULATED_SPEC")),
        ),
    ] = None
    """Scan Spot Metersets Delivered (3008,0047): Type 1C, VR FL, VM 1-n. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC. A set of Meterset values delivered to the scan spot positions. The order of Metersets matches the positions in Scan Spot Position Map (300A,0394)."""

    ScanSpotTimeOffset: Annotated[
        list[vr.FL] | None, Attribute(0x300A038F, "FL", "1-n", "3", name="Scan Spot Time Offset")
    ] = None
    """Scan Spot Time Offset (300A,038F): Type 3, VR FL, VM 1-n. A set of time offsets (in microseconds). Each offset is the time from the Treatment Control Point Time (3008,0025) until both the beam has reached the X,Y position recorded in the Scan Spot Position Map (300A,0394) and ion delivery has star..."""

    ScanSpotSizesDelivered: Annotated[
        list[vr.FL] | None,
        Attribute(0x300A0399, "FL", "2-2n", "3", name="Scan Spot Sizes Delivered"),
    ] = None
    """Scan Spot Sizes Delivered (300A,0399): Type 3, VR FL, VM 2-2n. A data stream of (x,y) pairs that define the delivered spot sizes using the Full Width Half Maximum (FWHM) as measured by the delivery monitoring system."""

    NumberOfPaintings: Annotated[
        vr.IS | None,
        Attribute(
            0x300A039A,
            "IS",
            "1",
            "1C",
            name="Number of Paintings",
            when=("value", 0x300A0308, 0, "in", ("MODULATED", "MODULATED_SPEC")),
        ),
    ] = None
    """Number of Paintings (300A,039A): Type 1C, VR IS, VM 1. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC. The intended number of times the scan pattern given by Scan Spot Position Map (300A,0394) and Scan Spot Meterset Weights (300A,0396) in the Referenced RT Plan was to be applied at the current control point."""

    ScanSpotReordered: Annotated[
        _ScanSpotReorderedValue | None,
        Attribute(
            0x300A0393, "CS", "1", "3", name="Scan Spot Reordered", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Scan Spot Reordered (300A,0393): Type 3, VR CS, VM 1. Indicates that the spots were delivered in a different order than in the plan. Enumerated Values: YES The delivery machine changed the spot order NO The delivery machine delivered the spots in the order as planned When absent it is not know..."""

    ScanSpotPrescribedIndices: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x300A0391,
            "IS",
            "1-n",
            "1C",
            name="Scan Spot Prescribed Indices",
            when=("value", 0x300A0393, 0, "in", ("YES",)),
        ),
    ] = None
    """Scan Spot Prescribed Indices (300A,0391): Type 1C, VR IS, VM 1-n. Required, if Scan Spot Reordered (300A,0393) equals YES. The indices of the prescribed spots corresponding to each delivered spot. These indices are the ordinal positions of the spots in the Scan Spot Meterset Weights (300A,0396) in the Ion Control Point Sequence (300A,03A8) of the referenced RT..."""

    PatientSupportAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0122,
            "DS",
            "1",
            "1C",
            name="Patient Support Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Patient Support Angle (300A,0122): Type 1C, VR DS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Patient Support Angle changes during beam administration. Patient Support angle, i.e., orientation of IEC PATIENT SUPPORT (turntable) coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

    PatientSupportRotationDirection: Annotated[
        _PatientSupportRotationDirectionValue | None,
        Attribute(
            0x300A0123,
            "CS",
            "1",
            "1C",
            name="Patient Support Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Patient Support Rotation Direction (300A,0123): Type 1C, VR CS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041), or if Patient Support Rotation Direction changes during beam administration. Direction of Patient Support Rotation when viewing table from above, for segment beginning at current Control Point. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041), or if Patient Support Rotation Direction c..."""

    TableTopPitchAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0140,
            "FL",
            "1",
            "2C",
            name="Table Top Pitch Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Pitch Angle (300A,0140): Type 2C, VR FL, VM 1. Required for first Item of Control Point Sequence, or if Table Top Pitch Angle changes during Beam. Table Top Pitch Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the X-axis of the IEC TABLE TOP coordinate system (degrees)."""

    TableTopPitchRotationDirection: Annotated[
        _TableTopPitchRotationDirectionValue | None,
        Attribute(
            0x300A0142,
            "CS",
            "1",
            "2C",
            name="Table Top Pitch Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Pitch Rotation Direction (300A,0142): Type 2C, VR CS, VM 1. Required for first Item of Control Point Sequence, or if Table Top Pitch Rotation Direction changes during Beam. Direction of Table Top Pitch Rotation when viewing the table along the positive X-axis of the IEC TABLE TOP coordinate system, for segment following Control Point."""

    TableTopRollAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0144,
            "FL",
            "1",
            "2C",
            name="Table Top Roll Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Roll Angle (300A,0144): Type 2C, VR FL, VM 1. Required for first Item of Control Point Sequence, or if Table Top Roll Angle changes during Beam. Table Top Roll Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the Y-axis of the IEC TABLE TOP coordinate system (degrees)."""

    TableTopRollRotationDirection: Annotated[
        _TableTopRollRotationDirectionValue | None,
        Attribute(
            0x300A0146,
            "CS",
            "1",
            "2C",
            name="Table Top Roll Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Roll Rotation Direction (300A,0146): Type 2C, VR CS, VM 1. Required for first Item of Control Point Sequence, or if Table Top Roll Rotation Direction changes during Beam. Direction of Table Top Roll Rotation when viewing the table along the positive Y-axis of the IEC TABLE TOP coordinate system, for segment following Control Point."""

    HeadFixationAngle: Annotated[
        vr.FL | None, Attribute(0x300A0148, "FL", "1", "3", name="Head Fixation Angle")
    ] = None
    """Head Fixation Angle (300A,0148): Type 3, VR FL, VM 1. Angle (in degrees) of the head fixation for eye treatments with respect to the Table Top Pitch Angle (300A,0140) coordinate system. Positive head fixation angle is the same direction as positive Table Top Pitch. See Section C.8.8.25.6.4."""

    ChairHeadFramePosition: Annotated[
        vr.DS | None, Attribute(0x300A0151, "DS", "1", "3", name="Chair Head Frame Position")
    ] = None
    """Chair Head Frame Position (300A,0151): Type 3, VR DS, VM 1. A device-specific value that specifies the relationship between the chair in which the patient is sitting and the head frame in which their head is fixed."""

    TableTopVerticalPosition: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0128,
            "DS",
            "1",
            "2C",
            name="Table Top Vertical Position",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Vertical Position (300A,0128): Type 2C, VR DS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Table Top Vertical Position changes during beam administration. Table Top Vertical position in IEC TABLE TOP coordinate system (mm). This value is interpreted as an absolute, rather than relative, Table setting."""

    TableTopLongitudinalPosition: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0129,
            "DS",
            "1",
            "2C",
            name="Table Top Longitudinal Position",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Longitudinal Position (300A,0129): Type 2C, VR DS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Table Top Longitudinal Position changes during beam administration. Table Top Longitudinal position in IEC TABLE TOP coordinate system (mm). This value is interpreted as an absolute, rather than relative, Table setting."""

    TableTopLateralPosition: Annotated[
        vr.DS | None,
        Attribute(
            0x300A012A,
            "DS",
            "1",
            "2C",
            name="Table Top Lateral Position",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Lateral Position (300A,012A): Type 2C, VR DS, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Table Top Lateral Position changes during beam administration. Table Top Lateral position in IEC TABLE TOP coordinate system (mm). This value is interpreted as an absolute, rather than relative, Table setting."""

    SnoutPosition: Annotated[
        vr.FL | None,
        Attribute(
            0x300A030D,
            "FL",
            "1",
            "2C",
            name="Snout Position",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Snout Position (300A,030D): Type 2C, VR FL, VM 1. Required for Control Point 0 of Ion Control Point Delivery Sequence (3008,0041) or if Snout Position changes during beam administration. Axial position of the snout (in mm) measured from isocenter to the downstream side of the snout (without consideration of variable length elements such as blocks, MLC and/or compensators)."""

    CorrectedParameterSequence: Annotated[
        list[_CorrectedParameterSequenceItem] | None,
        Attribute(0x30080068, "SQ", "1", "3", name="Corrected Parameter Sequence"),
    ] = None
    """Corrected Parameter Sequence (3008,0068): Type 3, VR SQ, VM 1. A Sequence of Items describing corrections made to any Attributes prior to delivery of the next control point. One or more Items are permitted in this Sequence."""

    OverrideSequence: Annotated[
        list[_OverrideSequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(0x30080060, "SQ", "1", "3", name="Override Sequence"),
    ] = None
    """Override Sequence (3008,0060): Type 3, VR SQ, VM 1. Sequence of parameters that were overridden during the administration of the beam segment immediately prior to the current control point. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "CorrectedParameterSequenceItem": (
        "dicomodel.items.corrected_parameter_sequence_item",
        "CorrectedParameterSequenceItem",
    ),
    "EnhancedRTBeamLimitingOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GantryPitchRotationDirection": (
        "dicomodel.enums.gantry_pitch_rotation_direction",
        "GantryPitchRotationDirection",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "IonWedgePositionSequenceItem": (
        "dicomodel.items.ion_wedge_position_sequence_item",
        "IonWedgePositionSequenceItem",
    ),
    "LateralSpreadingDeviceSettingsSequenceItem": (
        "dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_beams_session_record",
        "LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "OverrideSequenceItem": (
        "dicomodel.items.override_sequence_item_rt_ion_beams_session_record",
        "OverrideSequenceItemRTIonBeamsSessionRecord",
    ),
    "PatientSupportRotationDirection": (
        "dicomodel.enums.patient_support_rotation_direction",
        "PatientSupportRotationDirection",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RangeModulatorSettingsSequenceItem": (
        "dicomodel.items.range_modulator_settings_sequence_item_rt_ion_beams_session_record",
        "RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord",
    ),
    "RangeShifterSettingsSequenceItem": (
        "dicomodel.items.range_shifter_settings_sequence_item_rt_ion_beams_session_record",
        "RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord",
    ),
    "ScanSpotReordered": ("dicomodel.enums.scan_spot_reordered", "ScanSpotReordered"),
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
