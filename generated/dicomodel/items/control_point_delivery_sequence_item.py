"""Item class ControlPointDeliverySequenceItem.

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
    from dicomodel.enums.beam_stopper_position import (
        BeamStopperPositionValue as _BeamStopperPositionValue,
    )
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirectionValue as _GantryPitchRotationDirectionValue,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirectionValue as _GantryRotationDirectionValue,
    )
    from dicomodel.enums.nominal_beam_energy_unit import (
        NominalBeamEnergyUnitTerm as _NominalBeamEnergyUnitTerm,
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
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as _BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.corrected_parameter_sequence_item import (
        CorrectedParameterSequenceItem as _CorrectedParameterSequenceItem,
    )
    from dicomodel.items.override_sequence_item import OverrideSequenceItem as _OverrideSequenceItem
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as _RTBeamLimitingDeviceOpeningDefinitionItem,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_beams import (
        WedgePositionSequenceItemRTBeams as _WedgePositionSequenceItemRTBeams,
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
    _BeamStopperPositionValue = Lazy(
        "dicomodel.enums.beam_stopper_position", "BeamStopperPositionValue"
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
    _NominalBeamEnergyUnitTerm = Lazy(
        "dicomodel.enums.nominal_beam_energy_unit", "NominalBeamEnergyUnitTerm"
    )
    _OverrideSequenceItem = Lazy("dicomodel.items.override_sequence_item", "OverrideSequenceItem")
    _PatientSupportRotationDirectionValue = Lazy(
        "dicomodel.enums.patient_support_rotation_direction", "PatientSupportRotationDirectionValue"
    )
    _RTBeamLimitingDeviceOpeningDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
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
    _WedgePositionSequenceItemRTBeams = Lazy(
        "dicomodel.items.wedge_position_sequence_item_rt_beams", "WedgePositionSequenceItemRTBeams"
    )

if TYPE_CHECKING:
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.beam_stopper_position import BeamStopperPosition as BeamStopperPosition
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
    from dicomodel.enums.nominal_beam_energy_unit import (
        NominalBeamEnergyUnitTerm as NominalBeamEnergyUnitTerm,
    )
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
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
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.override_sequence_item import OverrideSequenceItem as OverrideSequenceItem
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_beams import (
        WedgePositionSequenceItemRTBeams as WedgePositionSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamStopperPosition",
    "ContextGroupExtensionFlag",
    "ControlPointDeliverySequenceItem",
    "CorrectedParameterSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "NominalBeamEnergyUnitTerm",
    "OperatorIdentificationSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "PatientSupportRotationDirection",
    "PersonIdentificationCodeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
    "WedgePositionSequenceItem",
]


class ControlPointDeliverySequenceItem(DicomModel):
    """An item of Control Point Delivery Sequence (3008,0040), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Control Point Delivery Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ReferencedControlPointIndex: Annotated[
        vr.IS | None, Attribute(0x300C00F0, "IS", "1", "3", name="Referenced Control Point Index")
    ] = None
    """Referenced Control Point Index (300C,00F0): Type 3, VR IS, VM 1. Uniquely identifies Control Point specified by Control Point Index (300A,0112) within Beam referenced by Referenced Beam Number (300C,0006)."""

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
    """Specified Meterset (3008,0042): Type 2, VR DS, VM 1. Desired machine setting for current control point. See Section C.8.8.21.2."""

    DeliveredMeterset: Annotated[
        vr.DS, Attribute(0x30080044, "DS", "1", "1", name="Delivered Meterset")
    ]
    """Delivered Meterset (3008,0044): Type 1, VR DS, VM 1. Machine setting actually delivered at current control point. See Section C.8.8.21.2."""

    DoseRateSet: Annotated[
        vr.DS | None, Attribute(0x300A0115, "DS", "1", "2", name="Dose Rate Set")
    ]
    """Dose Rate Set (300A,0115): Type 2, VR DS, VM 1. Dose Rate set on treatment machine for segment beginning at current control point (Meterset/min)."""

    DoseRateDelivered: Annotated[
        vr.DS | None, Attribute(0x30080048, "DS", "1", "2", name="Dose Rate Delivered")
    ]
    """Dose Rate Delivered (3008,0048): Type 2, VR DS, VM 1. Dose Rate actually delivered for segment beginning at current control point (Meterset/min)."""

    NominalBeamEnergy: Annotated[
        vr.DS | None, Attribute(0x300A0114, "DS", "1", "3", name="Nominal Beam Energy")
    ] = None
    """Nominal Beam Energy (300A,0114): Type 3, VR DS, VM 1. Nominal Beam Energy at control point."""

    NominalBeamEnergyUnit: Annotated[
        _NominalBeamEnergyUnitTerm | vr.CS | None,
        Attribute(
            0x300A0015,
            "CS",
            "1",
            "1C",
            name="Nominal Beam Energy Unit",
            when=("present", 0x300A0114),
        ),
    ] = None
    """Nominal Beam Energy Unit (300A,0015): Type 1C, VR CS, VM 1. Required if Nominal Beam Energy (300A,0114) is present. Units used for Nominal Beam Energy (300A,0114). Required if Nominal Beam Energy (300A,0114) is present. Defined Terms: MV Megavolt MEV Mega electron-Volt If Radiation Type (300A,00C6) is PHOTON, Nominal Beam Energy Unit (300A,0015) shall be..."""

    WedgePositionSequence: Annotated[
        list[_WedgePositionSequenceItemRTBeams] | None,
        Attribute(0x300A0116, "SQ", "1", "3", name="Wedge Position Sequence"),
    ] = None
    """Wedge Position Sequence (300A,0116): Type 3, VR SQ, VM 1. Sequence of Wedge positions for current control point. One or more Items are permitted in this Sequence."""

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
                "condition not read: not understood: 'has the value NO' (in 'Required for the first Control Point of Control Point Delivery Sequence (3008,0040) , or if any value of the Leaf/Jaw Positions (300A,011C) changes during beam administration and if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is absent , or is present has the value NO')",
            ),
        ),
    ] = None
    """Beam Limiting Device Position Sequence (300A,011A): Type 1C, VR SQ, VM 1. Required for the first Control Point of Control Point Delivery Sequence (3008,0040), or if any value of the Leaf/Jaw Positions (300A,011C) changes during beam administration and if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is absent, or is present has the value NO. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required for the first Control Point of Control Point Delivery Sequence (3008,0040), or if any value of the Leaf/Jaw Positions (300A,011C) changes during beam ad..."""

    EnhancedRTBeamLimitingOpeningSequence: Annotated[
        list[_RTBeamLimitingDeviceOpeningDefinitionItem] | None,
        Attribute(
            0x300800A2,
            "SQ",
            "1",
            "2C",
            name="Enhanced RT Beam Limiting Opening Sequence",
            when=(
                "and",
                ("value", 0x300800A3, 0, "in", ("YES",)),
                (
                    "or",
                    ("item_index", "==", 1),
                    (
                        "unknown",
                        "names no attribute: the values of Beam Limiting Device change during the Beam",
                    ),
                ),
            ),
        ),
    ] = None
    """Enhanced RT Beam Limiting Opening Sequence (3008,00A2): Type 2C, VR SQ, VM 1. Required for the first Control Point of Control Point Delivery Sequence (3008,0040), or if the values of Beam Limiting Device change during the Beam and if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) has the value YES. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required for the first Control Point of Control Point Delivery Sequence (3008,0040), or if the values of Beam Limiting Device change during the Beam and if Enhan..."""

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
    """Gantry Angle (300A,011E): Type 1C, VR DS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Gantry Angle changes during beam administration. Treatment machine or imaging device gantry angle, i.e., orientation of IEC GANTRY coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

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
    """Gantry Rotation Direction (300A,011F): Type 1C, VR CS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040), or if Gantry Rotation Direction changes during beam administration. Direction of Gantry Rotation when viewing gantry from isocenter, for segment beginning at current Control Point. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040), or if Gantry Rotation Direction changes during bea..."""

    GantryPitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A014A, "FL", "1", "3", name="Gantry Pitch Angle")
    ] = None
    """Gantry Pitch Angle (300A,014A): Type 3, VR FL, VM 1. Gantry Pitch Angle. i.e., the rotation of the IEC GANTRY coordinate system about the X-axis of the IEC GANTRY coordinate system (degrees)."""

    GantryPitchRotationDirection: Annotated[
        _GantryPitchRotationDirectionValue | None,
        Attribute(
            0x300A014C,
            "CS",
            "1",
            "3",
            name="Gantry Pitch Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
        ),
    ] = None
    """Gantry Pitch Rotation Direction (300A,014C): Type 3, VR CS, VM 1. Direction of Gantry Pitch Angle when viewing along the positive X-axis of the IEC GANTRY coordinate system, for segment following Control Point."""

    BeamStopperPosition: Annotated[
        _BeamStopperPositionValue | None,
        Attribute(
            0x30080230,
            "CS",
            "1",
            "3",
            name="Beam Stopper Position",
            enumerated=((0, ("EXTENDED", "RETRACTED", "UNKNOWN")),),
        ),
    ] = None
    """Beam Stopper Position (3008,0230): Type 3, VR CS, VM 1. Position of Beam Stopper during beam administration. Enumerated Values: EXTENDED Beam Stopper extended RETRACTED Beam Stopper retracted UNKNOWN Position unknown"""

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
    """Beam Limiting Device Angle (300A,0120): Type 1C, VR DS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if beam limiting device (collimator) angle changes during beam delivery. Beam Limiting Device (collimator) angle, i.e., orientation of IEC BEAM LIMITING DEVICE coordinate system with respect to IEC GANTRY coordinate system (degrees)."""

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
    """Beam Limiting Device Rotation Direction (300A,0121): Type 1C, VR CS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Beam Limiting Device Rotation Direction changes during beam administration. Direction of Beam Limiting Device Rotation when viewing beam limiting device (collimator) from radiation source, for segment beginning at current Control Point."""

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
    """Patient Support Angle (300A,0122): Type 1C, VR DS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Patient Support Angle changes during beam administration. Patient Support angle, i.e., orientation of IEC PATIENT SUPPORT (turntable) coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

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
    """Patient Support Rotation Direction (300A,0123): Type 1C, VR CS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040), or if Patient Support Rotation Direction changes during beam administration. Direction of Patient Support Rotation when viewing table from above, for segment beginning at current Control Point. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040), or if Patient Support Rotation Direction chang..."""

    TableTopEccentricAxisDistance: Annotated[
        vr.DS | None,
        Attribute(0x300A0124, "DS", "1", "3", name="Table Top Eccentric Axis Distance"),
    ] = None
    """Table Top Eccentric Axis Distance (300A,0124): Type 3, VR DS, VM 1. Distance (positive) from the IEC PATIENT SUPPORT vertical axis to the IEC TABLE TOP ECCENTRIC vertical axis (mm)."""

    TableTopEccentricAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0125,
            "DS",
            "1",
            "1C",
            name="Table Top Eccentric Angle",
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Eccentric Angle (300A,0125): Type 1C, VR DS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Table Top Eccentric Angle changes during beam administration. Table Top (non-isocentric) angle, i.e., orientation of IEC TABLE TOP ECCENTRIC coordinate system with respect to IEC PATIENT SUPPORT coordinate system (degrees)."""

    TableTopEccentricRotationDirection: Annotated[
        _TableTopEccentricRotationDirectionValue | None,
        Attribute(
            0x300A0126,
            "CS",
            "1",
            "1C",
            name="Table Top Eccentric Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "or",
                ("item_index", "==", 1),
                ("unknown", "depends on changes between control points"),
            ),
        ),
    ] = None
    """Table Top Eccentric Rotation Direction (300A,0126): Type 1C, VR CS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Table Top Eccentric Rotation Direction changes during beam administration. Direction of Table Top Eccentric Rotation when viewing table from above, for segment beginning at current Control Point. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Table Top Eccentric Rotation Directio..."""

    TableTopPitchAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0140,
            "FL",
            "1",
            "1C",
            name="Table Top Pitch Angle",
            when=(
                "and",
                ("unknown", "names no attribute: required by treatment delivery device"),
                ("item_index", "==", 1),
            ),
        ),
    ] = None
    """Table Top Pitch Angle (300A,0140): Type 1C, VR FL, VM 1. If required by treatment delivery device, shall be present for first Item of Control Point Sequence. Table Top Pitch Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the X-axis of the IEC TABLE TOP coordinate system (degrees)."""

    TableTopPitchRotationDirection: Annotated[
        _TableTopPitchRotationDirectionValue | None,
        Attribute(
            0x300A0142,
            "CS",
            "1",
            "1C",
            name="Table Top Pitch Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "and",
                ("unknown", "names no attribute: required by treatment delivery device"),
                ("item_index", "==", 1),
            ),
        ),
    ] = None
    """Table Top Pitch Rotation Direction (300A,0142): Type 1C, VR CS, VM 1. If required by treatment delivery device, shall be present for first Item of Control Point Sequence. Direction of Table Top Pitch Rotation when viewing the table along the positive X-axis of the IEC TABLE TOP coordinate system, for segment following Control Point."""

    TableTopRollAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0144,
            "FL",
            "1",
            "1C",
            name="Table Top Roll Angle",
            when=(
                "and",
                ("unknown", "names no attribute: required by treatment delivery device"),
                ("item_index", "==", 1),
            ),
        ),
    ] = None
    """Table Top Roll Angle (300A,0144): Type 1C, VR FL, VM 1. If required by treatment delivery device, shall be present for first Item of Control Point Sequence. Table Top Roll Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the IEC Y-axis of the IEC TABLE TOP coordinate system (degrees)."""

    TableTopRollRotationDirection: Annotated[
        _TableTopRollRotationDirectionValue | None,
        Attribute(
            0x300A0146,
            "CS",
            "1",
            "1C",
            name="Table Top Roll Rotation Direction",
            enumerated=((0, ("CW", "CC", "NONE")),),
            when=(
                "and",
                ("unknown", "names no attribute: required by treatment delivery device"),
                ("item_index", "==", 1),
            ),
        ),
    ] = None
    """Table Top Roll Rotation Direction (300A,0146): Type 1C, VR CS, VM 1. If required by treatment delivery device, shall be present for first Item of Control Point Sequence. Direction of Table Top Roll Rotation when viewing the table along the positive Y-axis of the IEC TABLE TOP coordinate system, for segment following Control Point."""

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
    """Table Top Vertical Position (300A,0128): Type 2C, VR DS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Table Top Vertical Position changes during beam administration. Table Top Vertical position in IEC TABLE TOP coordinate system (mm). This value is interpreted as an absolute, rather than relative, Table setting."""

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
    """Table Top Longitudinal Position (300A,0129): Type 2C, VR DS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Table Top Longitudinal Position changes during beam administration. Table Top Longitudinal position in IEC TABLE TOP coordinate system (mm). This value is interpreted as an absolute, rather than relative, Table setting."""

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
    """Table Top Lateral Position (300A,012A): Type 2C, VR DS, VM 1. Required for Control Point 0 of Control Point Delivery Sequence (3008,0040) or if Table Top Lateral Position changes during beam administration. Table Top Lateral position in IEC TABLE TOP coordinate system (mm). This value is interpreted as an absolute, rather than relative, Table setting."""

    CorrectedParameterSequence: Annotated[
        list[_CorrectedParameterSequenceItem] | None,
        Attribute(0x30080068, "SQ", "1", "3", name="Corrected Parameter Sequence"),
    ] = None
    """Corrected Parameter Sequence (3008,0068): Type 3, VR SQ, VM 1. A Sequence of Items describing any corrections made to any Attributes prior to delivery of the next control point. One or more Items are permitted in this Sequence."""

    OverrideSequence: Annotated[
        list[_OverrideSequenceItem] | None,
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
    "BeamStopperPosition": ("dicomodel.enums.beam_stopper_position", "BeamStopperPosition"),
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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "NominalBeamEnergyUnitTerm": (
        "dicomodel.enums.nominal_beam_energy_unit",
        "NominalBeamEnergyUnitTerm",
    ),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "OverrideSequenceItem": ("dicomodel.items.override_sequence_item", "OverrideSequenceItem"),
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
        "dicomodel.items.wedge_position_sequence_item_rt_beams",
        "WedgePositionSequenceItemRTBeams",
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
