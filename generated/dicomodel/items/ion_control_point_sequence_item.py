"""Item class IonControlPointSequenceItem.

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
    from dicomodel.enums.scan_spot_reordering_allowed import (
        ScanSpotReorderingAllowedValue as _ScanSpotReorderingAllowedValue,
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
    from dicomodel.items.ion_wedge_position_sequence_item import (
        IonWedgePositionSequenceItem as _IonWedgePositionSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item import (
        LateralSpreadingDeviceSettingsSequenceItem as _LateralSpreadingDeviceSettingsSequenceItem,
    )
    from dicomodel.items.range_modulator_settings_sequence_item import (
        RangeModulatorSettingsSequenceItem as _RangeModulatorSettingsSequenceItem,
    )
    from dicomodel.items.range_shifter_settings_sequence_item import (
        RangeShifterSettingsSequenceItem as _RangeShifterSettingsSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2 import (
        ReferencedDoseReferenceSequenceItemRTBeams2 as _ReferencedDoseReferenceSequenceItemRTBeams2,
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
    _GantryPitchRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_pitch_rotation_direction", "GantryPitchRotationDirectionValue"
    )
    _GantryRotationDirectionValue = Lazy(
        "dicomodel.enums.gantry_rotation_direction", "GantryRotationDirectionValue"
    )
    _IonWedgePositionSequenceItem = Lazy(
        "dicomodel.items.ion_wedge_position_sequence_item", "IonWedgePositionSequenceItem"
    )
    _LateralSpreadingDeviceSettingsSequenceItem = Lazy(
        "dicomodel.items.lateral_spreading_device_settings_sequence_item",
        "LateralSpreadingDeviceSettingsSequenceItem",
    )
    _PatientSupportRotationDirectionValue = Lazy(
        "dicomodel.enums.patient_support_rotation_direction", "PatientSupportRotationDirectionValue"
    )
    _RTBeamLimitingDeviceOpeningDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    )
    _RangeModulatorSettingsSequenceItem = Lazy(
        "dicomodel.items.range_modulator_settings_sequence_item",
        "RangeModulatorSettingsSequenceItem",
    )
    _RangeShifterSettingsSequenceItem = Lazy(
        "dicomodel.items.range_shifter_settings_sequence_item", "RangeShifterSettingsSequenceItem"
    )
    _ReferencedDoseReferenceSequenceItemRTBeams2 = Lazy(
        "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2",
        "ReferencedDoseReferenceSequenceItemRTBeams2",
    )
    _ScanSpotReorderingAllowedValue = Lazy(
        "dicomodel.enums.scan_spot_reordering_allowed", "ScanSpotReorderingAllowedValue"
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
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.scan_spot_reordering_allowed import (
        ScanSpotReorderingAllowed as ScanSpotReorderingAllowed,
    )
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
    from dicomodel.items.ion_wedge_position_sequence_item import (
        IonWedgePositionSequenceItem as IonWedgePositionSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item import (
        LateralSpreadingDeviceSettingsSequenceItem as LateralSpreadingDeviceSettingsSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.range_modulator_settings_sequence_item import (
        RangeModulatorSettingsSequenceItem as RangeModulatorSettingsSequenceItem,
    )
    from dicomodel.items.range_shifter_settings_sequence_item import (
        RangeShifterSettingsSequenceItem as RangeShifterSettingsSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2 import (
        ReferencedDoseReferenceSequenceItemRTBeams2 as ReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "IonControlPointSequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "OutlineShapeType",
    "PatientSupportRotationDirection",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RangeModulatorSettingsSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ScanSpotReorderingAllowed",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
]


class IonControlPointSequenceItem(DicomModel):
    """An item of Ion Control Point Sequence (300A,03A8), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Ion Control Point Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    ControlPointIndex: Annotated[
        vr.IS, Attribute(0x300A0112, "IS", "1", "1", name="Control Point Index")
    ]
    """Control Point Index (300A,0112): Type 1, VR IS, VM 1. Index of current Control Point, starting at 0 for first Control Point."""

    CumulativeMetersetWeight: Annotated[
        vr.DS | None, Attribute(0x300A0134, "DS", "1", "2", name="Cumulative Meterset Weight")
    ]
    """Cumulative Meterset Weight (300A,0134): Type 2, VR DS, VM 1. Cumulative weight to current control point. Cumulative Meterset Weight for the first Item in Control Point Sequence shall always be zero."""

    ReferencedDoseReferenceSequence: Annotated[
        list[_ReferencedDoseReferenceSequenceItemRTBeams2] | None,
        Attribute(0x300C0050, "SQ", "1", "3", name="Referenced Dose Reference Sequence"),
    ] = None
    """Referenced Dose Reference Sequence (300C,0050): Type 3, VR SQ, VM 1. A Sequence of Dose References for current Beam. One or more Items are permitted in this Sequence."""

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
    """Nominal Beam Energy (300A,0114): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence, or if Nominal Beam Energy changes during Beam, and KVP (0018,0060) is not present. Nominal Beam Energy at control point in MeV per nucleon. Defined at nozzle entrance before all Beam Modifiers. Required for first Item of Control Point Sequence, or if Nominal Beam Energy changes during Beam, and KVP (0018,0060) is not pres..."""

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
    """KVP (0018,0060): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence, or if kVp changes during setup, and Nominal Beam Energy (300A,0114) is not present. Peak kilo voltage output of the setup X-Ray generator to be used. Required for first Item of Control Point Sequence, or if kVp changes during setup, and Nominal Beam Energy (300A,0114) is not present."""

    MetersetRate: Annotated[
        vr.FL | None, Attribute(0x300A035A, "FL", "1", "3", name="Meterset Rate")
    ] = None
    """Meterset Rate (300A,035A): Type 3, VR FL, VM 1. Specifies the speed of delivery of the specified dose in units specified by Primary Dosimeter Unit (300A,00B3) per minute."""

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

    RangeShifterSettingsSequence: Annotated[
        list[_RangeShifterSettingsSequenceItem] | None,
        Attribute(
            0x300A0360,
            "SQ",
            "1",
            "1C",
            name="Range Shifter Settings Sequence",
            when=(
                "or",
                ("and", ("item_index", "==", 1), ("compare", 0x300A0312, 1, "!=", 0)),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Range Shifter Settings Sequence (300A,0360): Type 1C, VR SQ, VM 1. Required for first Item of Control Point Sequence if Number of Range Shifters (300A,0312) is non-zero, or if Range Shifter Setting (300A,0362) changes during Beam. Sequence of Range Shifter settings for the current control point. One or more Items shall be included in this Sequence. Required for first Item of Control Point Sequence if Number of Range Shifters (300A,0312) is non-zero, or if Range Shift..."""

    LateralSpreadingDeviceSettingsSequence: Annotated[
        list[_LateralSpreadingDeviceSettingsSequenceItem] | None,
        Attribute(
            0x300A0370,
            "SQ",
            "1",
            "1C",
            name="Lateral Spreading Device Settings Sequence",
            when=(
                "or",
                ("and", ("item_index", "==", 1), ("compare", 0x300A0330, 1, "!=", 0)),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Lateral Spreading Device Settings Sequence (300A,0370): Type 1C, VR SQ, VM 1. Required for first Item of Control Point Sequence if Number of Lateral Spreading Devices (300A,0330) is non-zero, or if Lateral Spreading Device Setting (300A,0372) changes during Beam. Sequence of Lateral Spreading Device settings for the current control point. One or more Items shall be included in this Sequence."""

    RangeModulatorSettingsSequence: Annotated[
        list[_RangeModulatorSettingsSequenceItem] | None,
        Attribute(
            0x300A0380,
            "SQ",
            "1",
            "1C",
            name="Range Modulator Settings Sequence",
            when=(
                "or",
                ("and", ("item_index", "==", 1), ("compare", 0x300A0340, 1, "!=", 0)),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Range Modulator Settings Sequence (300A,0380): Type 1C, VR SQ, VM 1. Required for first Item of Control Point Sequence if Number of Range Modulators (300A,0340) is non-zero, or if Range Modulator Setting changes during Beam. Sequence of Range Modulator Settings for current control point. One or more Items shall be included in this Sequence. Required for first Item of Control Point Sequence if Number of Range Modulators (300A,0340) is non-zero, or if Range Modul..."""

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
                        "names no attribute: the values of the Beam Limiting Device the Beam",
                    ),
                ),
                ("present", 0x300800A3),
                ("value", 0x300800A3, 0, "in", ("YES",)),
            ),
        ),
    ] = None
    """Enhanced RT Beam Limiting Opening Sequence (3008,00A2): Type 1C, VR SQ, VM 1. Required for first Item of Control Point Sequence, or if the values of the Beam Limiting Device the Beam and if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required for first Item of Control Point Sequence, or if the values of the Beam Limiting Device the Beam and if Enhanced RT Beam Limiting Device Definition Flag..."""

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
    """Gantry Angle (300A,011E): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence, or if Gantry Angle changes during Beam. Gantry angle of radiation source, i.e., orientation of IEC GANTRY coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees). Required for first Item of Control Point Sequence, or if Gantry Angle changes during Beam."""

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
    """Gantry Rotation Direction (300A,011F): Type 1C, VR CS, VM 1. Required for first Item of Control Point Sequence, or if Gantry Rotation Direction changes during Beam. Direction of Gantry Rotation when viewing gantry from isocenter, for segment following Control Point. Required for first Item of Control Point Sequence, or if Gantry Rotation Direction changes during Beam. See Section C.8.8.14.8."""

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
    """Gantry Pitch Angle (300A,014A): Type 2C, VR FL, VM 1. Required for first Item of Control Point Sequence, or if Gantry Pitch Rotation Angle changes during Beam. Gantry Pitch Angle of the radiation source, i.e., the rotation of the IEC GANTRY coordinate system about the X-axis of the IEC GANTRY coordinate system (degrees)."""

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
    """Beam Limiting Device Angle (300A,0120): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence, or if Beam Limiting Device Angle changes during Beam. Beam Limiting Device angle, i.e., orientation of IEC BEAM LIMITING DEVICE coordinate system with respect to IEC GANTRY coordinate system (degrees)."""

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
    """Beam Limiting Device Rotation Direction (300A,0121): Type 1C, VR CS, VM 1. Required for first Item of Control Point Sequence, or if Beam Limiting Device Rotation Direction changes during Beam. Direction of Beam Limiting Device Rotation when viewing beam limiting device (collimator) from radiation source, for segment following Control Point."""

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

    ScanSpotReorderingAllowed: Annotated[
        _ScanSpotReorderingAllowedValue | None,
        Attribute(
            0x300A0395,
            "CS",
            "1",
            "3",
            name="Scan Spot Reordering Allowed",
            enumerated=((0, ("ALLOWED", "NOT ALLOWED")),),
        ),
    ] = None
    """Scan Spot Reordering Allowed (300A,0395): Type 3, VR CS, VM 1. Indicates whether the spot delivery order shall remain the same as planned order. Enumerated Values: ALLOWED The delivery device may deliver the spots in any order NOT ALLOWED The delivery device shall not change the order of the spots with..."""

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

    ScanSpotMetersetWeights: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x300A0396,
            "FL",
            "1-n",
            "1C",
            name="Scan Spot Meterset Weights",
            when=("value", 0x300A0308, 0, "in", ("MODULATED", "MODULATED_SPEC")),
        ),
    ] = None
    """Scan Spot Meterset Weights (300A,0396): Type 1C, VR FL, VM 1-n. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC. A set of Meterset weights corresponding to scan spot positions. The order of weights matches the positions in Scan Spot Positions (300A,0394)."""

    ScanningSpotSize: Annotated[
        list[vr.FL] | None, Attribute(0x300A0398, "FL", "2", "3", name="Scanning Spot Size")
    ] = None
    """Scanning Spot Size (300A,0398): Type 3, VR FL, VM 2. The Scanning Spot Size as calculated using the Full Width Half Maximum (FWHM). Specified by a numeric pair - the size measured in air at isocenter in IEC GANTRY X direction followed by the size in the IEC GANTRY Y direction (mm)."""

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
    """Number of Paintings (300A,039A): Type 1C, VR IS, VM 1. Required if Scan Mode (300A,0308) is MODULATED or MODULATED_SPEC. The number of times the scan pattern given by Scan Spot Position Map (300A,0394) and Scan Spot Meterset Weights (300A,0396) shall be applied at the current control point."""

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
    """Patient Support Angle (300A,0122): Type 1C, VR DS, VM 1. Required for first Item of Control Point Sequence, or if Patient Support Angle changes during Beam. Patient Support angle, i.e., orientation of IEC PATIENT SUPPORT (turntable) coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

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
    """Patient Support Rotation Direction (300A,0123): Type 1C, VR CS, VM 1. Required for first Item of Control Point Sequence, or if Patient Support Rotation Direction changes during Beam. Direction of Patient Support Rotation when viewing table from above, for segment following Control Point. Required for first Item of Control Point Sequence, or if Patient Support Rotation Direction changes during Beam."""

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
    """Head Fixation Angle (300A,0148): Type 3, VR FL, VM 1. Angle (in degrees) of the head fixation for eye treatments with respect to the Table Top Pitch Angle (300A,0140) coordinate system. Positive head fixation angle is the same direction as positive Table Top pitch. See Section C.8.8.25.6.4."""

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
    """Table Top Vertical Position (300A,0128): Type 2C, VR DS, VM 1. Required for first Item of Control Point Sequence, or if Table Top Vertical Position changes during Beam. Table Top Vertical position in IEC TABLE TOP coordinate system (mm). Required for first Item of Control Point Sequence, or if Table Top Vertical Position changes during Beam. See Section C.8.8.14.6."""

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
    """Table Top Longitudinal Position (300A,0129): Type 2C, VR DS, VM 1. Required for first Item of Control Point Sequence, or if Table Top Longitudinal Position changes during Beam. Table Top Longitudinal position in IEC TABLE TOP coordinate system (mm). Required for first Item of Control Point Sequence, or if Table Top Longitudinal Position changes during Beam. See Section C.8.8.14.6."""

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
    """Table Top Lateral Position (300A,012A): Type 2C, VR DS, VM 1. Required for first Item of Control Point Sequence, or if Table Top Lateral Position changes during Beam. Table Top Lateral position in IEC TABLE TOP coordinate system (mm). Required for first Item of Control Point Sequence, or if Table Top Lateral Position changes during Beam. See Section C.8.8.14.6."""

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
    """Snout Position (300A,030D): Type 2C, VR FL, VM 1. Required for first Item in Control Point Sequence, or if Snout Position changes during Beam. Axial position of the snout (in mm) measured from isocenter to the downstream side of the snout (without consideration of variable length elements such as blocks, MLC and/or compensators)."""

    IsocenterPosition: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x300A012C,
            "DS",
            "3",
            "2C",
            name="Isocenter Position",
            when=("unknown", "depends on changes between control points"),
        ),
    ] = None
    """Isocenter Position (300A,012C): Type 2C, VR DS, VM 3. Required for first Item of Segment Control Point Sequence, or if Segment Isocenter Position changes during Beam. Isocenter coordinates (x,y,z) in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm). Required for first Item of Segment Control Point Sequence, or if Segment Isocenter Position changes during Beam."""

    SurfaceEntryPoint: Annotated[
        list[vr.DS] | None, Attribute(0x300A012E, "DS", "3", "3", name="Surface Entry Point")
    ] = None
    """Surface Entry Point (300A,012E): Type 3, VR DS, VM 3. Patient surface entry point coordinates (x,y,z), along the central axis of the beam, in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm)."""

    ExternalContourEntryPoint: Annotated[
        list[vr.FL] | None,
        Attribute(0x300A0133, "FL", "3", "3", name="External Contour Entry Point"),
    ] = None
    """External Contour Entry Point (300A,0133): Type 3, VR FL, VM 3. External Contour entry point coordinates (x,y,z) in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm). See Section C.8.8.14.15."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "EnhancedRTBeamLimitingOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
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
        "dicomodel.items.ion_wedge_position_sequence_item",
        "IonWedgePositionSequenceItem",
    ),
    "LateralSpreadingDeviceSettingsSequenceItem": (
        "dicomodel.items.lateral_spreading_device_settings_sequence_item",
        "LateralSpreadingDeviceSettingsSequenceItem",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "PatientSupportRotationDirection": (
        "dicomodel.enums.patient_support_rotation_direction",
        "PatientSupportRotationDirection",
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
        "dicomodel.items.range_modulator_settings_sequence_item",
        "RangeModulatorSettingsSequenceItem",
    ),
    "RangeShifterSettingsSequenceItem": (
        "dicomodel.items.range_shifter_settings_sequence_item",
        "RangeShifterSettingsSequenceItem",
    ),
    "ReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2",
        "ReferencedDoseReferenceSequenceItemRTBeams2",
    ),
    "ScanSpotReorderingAllowed": (
        "dicomodel.enums.scan_spot_reordering_allowed",
        "ScanSpotReorderingAllowed",
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
