"""Item class TreatmentSessionBeamSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beam_type import BeamTypeValue as _BeamTypeValue
    from dicomodel.enums.dose_calibration_conditions_verified_flag import (
        DoseCalibrationConditionsVerifiedFlagValue as _DoseCalibrationConditionsVerifiedFlagValue,
    )
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlagValue as _EnhancedRTBeamLimitingDeviceDefinitionFlagValue,
    )
    from dicomodel.enums.high_dose_technique_type import (
        HighDoseTechniqueTypeTerm as _HighDoseTechniqueTypeTerm,
    )
    from dicomodel.enums.radiation_type import RadiationTypeTerm as _RadiationTypeTerm
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTermRTBeamsSessionRecord as _TreatmentDeliveryTypeTermRTBeamsSessionRecord,
    )
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatusValue as _TreatmentTerminationStatusValue,
    )
    from dicomodel.enums.treatment_verification_status import (
        TreatmentVerificationStatusValue as _TreatmentVerificationStatusValue,
    )
    from dicomodel.items.applicator_sequence_item import (
        ApplicatorSequenceItem as _ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item import (
        BeamLimitingDeviceLeafPairsSequenceItem as _BeamLimitingDeviceLeafPairsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.control_point_delivery_sequence_item import (
        ControlPointDeliverySequenceItem as _ControlPointDeliverySequenceItem,
    )
    from dicomodel.items.dose_calibration_conditions_sequence_item import (
        DoseCalibrationConditionsSequenceItem as _DoseCalibrationConditionsSequenceItem,
    )
    from dicomodel.items.gating_beam_hold_transition_sequence_item import (
        GatingBeamHoldTransitionSequenceItem as _GatingBeamHoldTransitionSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item import (
        GeneralAccessorySequenceItem as _GeneralAccessorySequenceItem,
    )
    from dicomodel.items.interlock_item import InterlockItem as _InterlockItem
    from dicomodel.items.primary_fluence_mode_sequence_item import (
        PrimaryFluenceModeSequenceItem as _PrimaryFluenceModeSequenceItem,
    )
    from dicomodel.items.recorded_block_sequence_item import (
        RecordedBlockSequenceItem as _RecordedBlockSequenceItem,
    )
    from dicomodel.items.recorded_compensator_sequence_item import (
        RecordedCompensatorSequenceItem as _RecordedCompensatorSequenceItem,
    )
    from dicomodel.items.recorded_wedge_sequence_item import (
        RecordedWedgeSequenceItem as _RecordedWedgeSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_beams_session_record import (
        ReferencedBolusSequenceItemRTBeamsSessionRecord as _ReferencedBolusSequenceItemRTBeamsSessionRecord,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item import (
        ReferencedCalculatedDoseReferenceSequenceItem as _ReferencedCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item import (
        ReferencedMeasuredDoseReferenceSequenceItem as _ReferencedMeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_verification_image_sequence_item import (
        ReferencedVerificationImageSequenceItem as _ReferencedVerificationImageSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicatorSequenceItem = Lazy(
        "dicomodel.items.applicator_sequence_item", "ApplicatorSequenceItem"
    )
    _BeamLimitingDeviceLeafPairsSequenceItem = Lazy(
        "dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item",
        "BeamLimitingDeviceLeafPairsSequenceItem",
    )
    _BeamTypeValue = Lazy("dicomodel.enums.beam_type", "BeamTypeValue")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _ControlPointDeliverySequenceItem = Lazy(
        "dicomodel.items.control_point_delivery_sequence_item", "ControlPointDeliverySequenceItem"
    )
    _DoseCalibrationConditionsSequenceItem = Lazy(
        "dicomodel.items.dose_calibration_conditions_sequence_item",
        "DoseCalibrationConditionsSequenceItem",
    )
    _DoseCalibrationConditionsVerifiedFlagValue = Lazy(
        "dicomodel.enums.dose_calibration_conditions_verified_flag",
        "DoseCalibrationConditionsVerifiedFlagValue",
    )
    _EnhancedRTBeamLimitingDeviceDefinitionFlagValue = Lazy(
        "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
        "EnhancedRTBeamLimitingDeviceDefinitionFlagValue",
    )
    _GatingBeamHoldTransitionSequenceItem = Lazy(
        "dicomodel.items.gating_beam_hold_transition_sequence_item",
        "GatingBeamHoldTransitionSequenceItem",
    )
    _GeneralAccessorySequenceItem = Lazy(
        "dicomodel.items.general_accessory_sequence_item", "GeneralAccessorySequenceItem"
    )
    _HighDoseTechniqueTypeTerm = Lazy(
        "dicomodel.enums.high_dose_technique_type", "HighDoseTechniqueTypeTerm"
    )
    _InterlockItem = Lazy("dicomodel.items.interlock_item", "InterlockItem")
    _PrimaryFluenceModeSequenceItem = Lazy(
        "dicomodel.items.primary_fluence_mode_sequence_item", "PrimaryFluenceModeSequenceItem"
    )
    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )
    _RadiationTypeTerm = Lazy("dicomodel.enums.radiation_type", "RadiationTypeTerm")
    _RecordedBlockSequenceItem = Lazy(
        "dicomodel.items.recorded_block_sequence_item", "RecordedBlockSequenceItem"
    )
    _RecordedCompensatorSequenceItem = Lazy(
        "dicomodel.items.recorded_compensator_sequence_item", "RecordedCompensatorSequenceItem"
    )
    _RecordedWedgeSequenceItem = Lazy(
        "dicomodel.items.recorded_wedge_sequence_item", "RecordedWedgeSequenceItem"
    )
    _ReferencedBolusSequenceItemRTBeamsSessionRecord = Lazy(
        "dicomodel.items.referenced_bolus_sequence_item_rt_beams_session_record",
        "ReferencedBolusSequenceItemRTBeamsSessionRecord",
    )
    _ReferencedCalculatedDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.referenced_calculated_dose_reference_sequence_item",
        "ReferencedCalculatedDoseReferenceSequenceItem",
    )
    _ReferencedMeasuredDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.referenced_measured_dose_reference_sequence_item",
        "ReferencedMeasuredDoseReferenceSequenceItem",
    )
    _ReferencedVerificationImageSequenceItem = Lazy(
        "dicomodel.items.referenced_verification_image_sequence_item",
        "ReferencedVerificationImageSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentDeliveryTypeTermRTBeamsSessionRecord = Lazy(
        "dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryTypeTermRTBeamsSessionRecord"
    )
    _TreatmentTerminationStatusValue = Lazy(
        "dicomodel.enums.treatment_termination_status", "TreatmentTerminationStatusValue"
    )
    _TreatmentVerificationStatusValue = Lazy(
        "dicomodel.enums.treatment_verification_status", "TreatmentVerificationStatusValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_aperture_shape import (
        ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm,
    )
    from dicomodel.enums.applicator_type import ApplicatorTypeTerm as ApplicatorTypeTerm
    from dicomodel.enums.beam_hold_transition import BeamHoldTransition as BeamHoldTransition
    from dicomodel.enums.beam_hold_transition_trigger_source import (
        BeamHoldTransitionTriggerSource as BeamHoldTransitionTriggerSource,
    )
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.beam_stopper_position import BeamStopperPosition as BeamStopperPosition
    from dicomodel.enums.beam_type import BeamType as BeamType
    from dicomodel.enums.compensator_type import CompensatorTypeTerm as CompensatorTypeTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.dose_calibration_conditions_verified_flag import (
        DoseCalibrationConditionsVerifiedFlag as DoseCalibrationConditionsVerifiedFlag,
    )
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
    )
    from dicomodel.enums.fluence_mode import FluenceMode as FluenceMode
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirection as GantryPitchRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm,
    )
    from dicomodel.enums.high_dose_technique_type import (
        HighDoseTechniqueTypeTerm as HighDoseTechniqueTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.nominal_beam_energy_unit import (
        NominalBeamEnergyUnitTerm as NominalBeamEnergyUnitTerm,
    )
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.radiation_type import RadiationTypeTerm as RadiationTypeTerm
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
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTermRTBeamsSessionRecord as TreatmentDeliveryTypeTerm,
    )
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatus as TreatmentTerminationStatus,
    )
    from dicomodel.enums.treatment_verification_status import (
        TreatmentVerificationStatus as TreatmentVerificationStatus,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePosition
    from dicomodel.enums.wedge_type import WedgeTypeTerm as WedgeTypeTerm
    from dicomodel.items.applicator_geometry_sequence_item import (
        ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem,
    )
    from dicomodel.items.applicator_sequence_item import (
        ApplicatorSequenceItem as ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item import (
        BeamLimitingDeviceLeafPairsSequenceItem as BeamLimitingDeviceLeafPairsSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InterlockCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterlockResolutionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MachineSpecificTreatmentTerminationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.control_point_delivery_sequence_item import (
        ControlPointDeliverySequenceItem as ControlPointDeliverySequenceItem,
    )
    from dicomodel.items.corrected_parameter_sequence_item import (
        CorrectedParameterSequenceItem as CorrectedParameterSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as BeamHoldOriginatingDeviceSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem,
    )
    from dicomodel.items.dose_calibration_conditions_sequence_item import (
        DoseCalibrationConditionsSequenceItem as DoseCalibrationConditionsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.gating_beam_hold_transition_sequence_item import (
        GatingBeamHoldTransitionSequenceItem as GatingBeamHoldTransitionSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item import (
        GeneralAccessorySequenceItem as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.interlock_item import InterlockItem as InterlockSequenceItem
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.override_sequence_item import OverrideSequenceItem as OverrideSequenceItem
    from dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item import (
        ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as InterlockResolutionUserSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.primary_fluence_mode_sequence_item import (
        PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem,
    )
    from dicomodel.items.recorded_block_sequence_item import (
        RecordedBlockSequenceItem as RecordedBlockSequenceItem,
    )
    from dicomodel.items.recorded_compensator_sequence_item import (
        RecordedCompensatorSequenceItem as RecordedCompensatorSequenceItem,
    )
    from dicomodel.items.recorded_wedge_sequence_item import (
        RecordedWedgeSequenceItem as RecordedWedgeSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_beams_session_record import (
        ReferencedBolusSequenceItemRTBeamsSessionRecord as ReferencedBolusSequenceItem,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item import (
        ReferencedCalculatedDoseReferenceSequenceItem as ReferencedCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item import (
        ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.referenced_verification_image_sequence_item import (
        ReferencedVerificationImageSequenceItem as ReferencedVerificationImageSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.wedge_position_sequence_item_rt_beams import (
        WedgePositionSequenceItemRTBeams as WedgePositionSequenceItem,
    )

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamHoldOriginatingDeviceSequenceItem",
    "BeamHoldTransition",
    "BeamHoldTransitionTriggerSource",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamStopperPosition",
    "BeamType",
    "CompensatorTypeTerm",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "ControlPointDeliverySequenceItem",
    "CorrectedParameterSequenceItem",
    "DefinitionSourceSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "DoseCalibrationConditionsSequenceItem",
    "DoseCalibrationConditionsVerifiedFlag",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "FluenceMode",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GatingBeamHoldTransitionSequenceItem",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "HighDoseTechniqueTypeTerm",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "InterlockSequenceItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NominalBeamEnergyUnitTerm",
    "OperatorIdentificationSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportRotationDirection",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryFluenceModeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationTypeTerm",
    "RecordedBlockSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedWedgeSequenceItem",
    "ReferencedBolusSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedVerificationImageSequenceItem",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "TreatmentSessionBeamSequenceItem",
    "TreatmentTerminationStatus",
    "TreatmentVerificationStatus",
    "UDISequenceItem",
    "ValueType",
    "WedgePosition",
    "WedgePositionSequenceItem",
    "WedgeTypeTerm",
]


class TreatmentSessionBeamSequenceItem(DicomModel):
    """An item of Treatment Session Beam Sequence (3008,0020), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Treatment Session Beam Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ReferencedBeamNumber: Annotated[
        vr.IS | None, Attribute(0x300C0006, "IS", "1", "3", name="Referenced Beam Number")
    ] = None
    """Referenced Beam Number (300C,0006): Type 3, VR IS, VM 1. References Beam specified by Beam Number (300A,00C0) in Beam Sequence (300A,00B0) in RT Beams Module within referenced RT Plan."""

    BeamName: Annotated[vr.LO | None, Attribute(0x300A00C2, "LO", "1", "3", name="Beam Name")] = (
        None
    )
    """Beam Name (300A,00C2): Type 3, VR LO, VM 1. User-defined name for delivered Beam."""

    EntityLongLabel: Annotated[
        vr.LO | None, Attribute(0x30100038, "LO", "1", "3", name="Entity Long Label")
    ] = None
    """Entity Long Label (3010,0038): Type 3, VR LO, VM 1. User-defined label for Beam. See Section C.8.8.25.1."""

    BeamDescription: Annotated[
        vr.ST | None, Attribute(0x300A00C3, "ST", "1", "3", name="Beam Description")
    ] = None
    """Beam Description (300A,00C3): Type 3, VR ST, VM 1. User-defined description for delivered Beam."""

    DefinitionSourceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the Beam information. Only a single Item is permitted in this Sequence. See Section C.8.8.21.3 and Section C.8.8.13.2."""

    BeamType: Annotated[
        _BeamTypeValue,
        Attribute(
            0x300A00C4, "CS", "1", "1", name="Beam Type", enumerated=((0, ("STATIC", "DYNAMIC")),)
        ),
    ]
    """Beam Type (300A,00C4): Type 1, VR CS, VM 1. Motion characteristic of delivered Beam. Enumerated Values: STATIC All Control Point Sequence (300A,0111) Attributes remain unchanged between consecutive pairs of control points with changing Cumulative Meterset Weight (300A,0134)."""

    RadiationType: Annotated[
        _RadiationTypeTerm | vr.CS, Attribute(0x300A00C6, "CS", "1", "1", name="Radiation Type")
    ]
    """Radiation Type (300A,00C6): Type 1, VR CS, VM 1. Particle type of delivered Beam. Defined Terms: PHOTON ELECTRON NEUTRON PROTON"""

    PrimaryFluenceModeSequence: Annotated[
        list[_PrimaryFluenceModeSequenceItem] | None,
        Attribute(0x30020050, "SQ", "1", "3", name="Primary Fluence Mode Sequence"),
    ] = None
    """Primary Fluence Mode Sequence (3002,0050): Type 3, VR SQ, VM 1. Sequence defining whether the primary fluence of the treatment beam used a non-standard fluence-shaping when the beam was delivered. Only a single Item is permitted in this Sequence."""

    HighDoseTechniqueType: Annotated[
        _HighDoseTechniqueTypeTerm | vr.CS | None,
        Attribute(
            0x300A00C7,
            "CS",
            "1",
            "1C",
            name="High-Dose Technique Type",
            when=(
                "unknown",
                "names no attribute: treatment technique requires a dose that would normally require overriding of treatment machine safety controls",
            ),
        ),
    ] = None
    """High-Dose Technique Type (300A,00C7): Type 1C, VR CS, VM 1. Required if treatment technique requires a dose that would normally require overriding of treatment machine safety controls. Type of high-dose treatment technique. Defined Terms: TBI Total Body Irradiation HDR High Dose Rate Required if treatment technique requires a dose that would normally require overriding of treatment machine safety controls."""

    ReferencedVerificationImageSequence: Annotated[
        list[_ReferencedVerificationImageSequenceItem] | None,
        Attribute(0x300C0040, "SQ", "1", "3", name="Referenced Verification Image Sequence"),
    ] = None
    """Referenced Verification Image Sequence (300C,0040): Type 3, VR SQ, VM 1. Sequence of verification images obtained during delivery of current beam. One or more Items are permitted in this Sequence."""

    ReferencedMeasuredDoseReferenceSequence: Annotated[
        list[_ReferencedMeasuredDoseReferenceSequenceItem] | None,
        Attribute(0x30080080, "SQ", "1", "3", name="Referenced Measured Dose Reference Sequence"),
    ] = None
    """Referenced Measured Dose Reference Sequence (3008,0080): Type 3, VR SQ, VM 1. Sequence of doses measured during treatment delivery for current Beam. One or more Items are permitted in this Sequence."""

    ReferencedCalculatedDoseReferenceSequence: Annotated[
        list[_ReferencedCalculatedDoseReferenceSequenceItem] | None,
        Attribute(0x30080090, "SQ", "1", "3", name="Referenced Calculated Dose Reference Sequence"),
    ] = None
    """Referenced Calculated Dose Reference Sequence (3008,0090): Type 3, VR SQ, VM 1. Sequence of doses estimated for each treatment delivery. One or more Items are permitted in this Sequence."""

    SourceAxisDistance: Annotated[
        vr.DS | None, Attribute(0x300A00B4, "DS", "1", "3", name="Source-Axis Distance")
    ] = None
    """Source-Axis Distance (300A,00B4): Type 3, VR DS, VM 1. Radiation source to gantry rotation axis distance of the equipment that was used for beam delivery (mm)."""

    EnhancedRTBeamLimitingDeviceDefinitionFlag: Annotated[
        _EnhancedRTBeamLimitingDeviceDefinitionFlagValue | None,
        Attribute(
            0x300800A3,
            "CS",
            "1",
            "3",
            name="Enhanced RT Beam Limiting Device Definition Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Enhanced RT Beam Limiting Device Definition Flag (3008,00A3): Type 3, VR CS, VM 1. Whether the RT Beam Limiting Devices are specified by the Enhanced RT Beam Limiting Device Sequence (3008,00A1). Enumerated Values: YES NO"""

    BeamLimitingDeviceLeafPairsSequence: Annotated[
        list[_BeamLimitingDeviceLeafPairsSequenceItem] | None,
        Attribute(
            0x300800A0,
            "SQ",
            "1",
            "1C",
            name="Beam Limiting Device Leaf Pairs Sequence",
            when=(
                "or",
                ("not", ("present", 0x300800A3)),
                ("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("NO",))),
            ),
        ),
    ] = None
    """Beam Limiting Device Leaf Pairs Sequence (3008,00A0): Type 1C, VR SQ, VM 1. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is absent, or is present and has the value NO. Sequence of beam limiting device (collimator) jaw or leaf (element) leaf pair values. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is absent, or is present and has the value NO."""

    EnhancedRTBeamLimitingDeviceSequence: Annotated[
        list[_RTBeamLimitingDeviceDefinitionItem] | None,
        Attribute(
            0x300800A1,
            "SQ",
            "1",
            "1C",
            name="Enhanced RT Beam Limiting Device Sequence",
            when=("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("YES",))),
        ),
    ] = None
    """Enhanced RT Beam Limiting Device Sequence (3008,00A1): Type 1C, VR SQ, VM 1. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. Enhanced RT Beam Limiting Device Descriptions. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. One or more Items shall be included in this Sequence."""

    ReferencedPatientSetupNumber: Annotated[
        vr.IS | None, Attribute(0x300C006A, "IS", "1", "3", name="Referenced Patient Setup Number")
    ] = None
    """Referenced Patient Setup Number (300C,006A): Type 3, VR IS, VM 1. Uniquely identifies Patient Setup used within current beam, specified by Patient Setup Number (300A,0182) within Patient Setup Sequence (300A,0180) of RT Treatment Record."""

    NumberOfWedges: Annotated[vr.IS, Attribute(0x300A00D0, "IS", "1", "1", name="Number of Wedges")]
    """Number of Wedges (300A,00D0): Type 1, VR IS, VM 1. Number of wedges associated with current delivered Beam."""

    RecordedWedgeSequence: Annotated[
        list[_RecordedWedgeSequenceItem] | None,
        Attribute(
            0x300800B0,
            "SQ",
            "1",
            "1C",
            name="Recorded Wedge Sequence",
            when=("compare", 0x300A00D0, 1, "!=", 0),
        ),
    ] = None
    """Recorded Wedge Sequence (3008,00B0): Type 1C, VR SQ, VM 1. Required if Number of Wedges (300A,00D0) is non-zero. Sequence of treatment wedges present during delivered Beam. Required if Number of Wedges (300A,00D0) is non-zero. One or more Items shall be included in this Sequence."""

    NumberOfCompensators: Annotated[
        vr.IS | None, Attribute(0x300A00E0, "IS", "1", "2", name="Number of Compensators")
    ]
    """Number of Compensators (300A,00E0): Type 2, VR IS, VM 1. Number of compensators associated with current delivered Beam."""

    RecordedCompensatorSequence: Annotated[
        list[_RecordedCompensatorSequenceItem] | None,
        Attribute(0x300800C0, "SQ", "1", "3", name="Recorded Compensator Sequence"),
    ] = None
    """Recorded Compensator Sequence (3008,00C0): Type 3, VR SQ, VM 1. Sequence of treatment compensators associated with current Beam. One or more Items are permitted in this Sequence."""

    NumberOfBoli: Annotated[
        vr.IS | None, Attribute(0x300A00ED, "IS", "1", "2", name="Number of Boli")
    ]
    """Number of Boli (300A,00ED): Type 2, VR IS, VM 1. Number of boli used with current Beam."""

    ReferencedBolusSequence: Annotated[
        list[_ReferencedBolusSequenceItemRTBeamsSessionRecord] | None,
        Attribute(0x300C00B0, "SQ", "1", "3", name="Referenced Bolus Sequence"),
    ] = None
    """Referenced Bolus Sequence (300C,00B0): Type 3, VR SQ, VM 1. Sequence of boli associated with Beam. One or more Items are permitted in this Sequence."""

    NumberOfBlocks: Annotated[
        vr.IS | None, Attribute(0x300A00F0, "IS", "1", "2", name="Number of Blocks")
    ]
    """Number of Blocks (300A,00F0): Type 2, VR IS, VM 1. Number of shielding blocks or Electron Inserts associated with Beam."""

    RecordedBlockSequence: Annotated[
        list[_RecordedBlockSequenceItem] | None,
        Attribute(0x300800D0, "SQ", "1", "3", name="Recorded Block Sequence"),
    ] = None
    """Recorded Block Sequence (3008,00D0): Type 3, VR SQ, VM 1. Sequence of blocks associated with current Beam. One or more Items are permitted in this Sequence."""

    ApplicatorSequence: Annotated[
        list[_ApplicatorSequenceItem] | None,
        Attribute(0x300A0107, "SQ", "1", "3", name="Applicator Sequence"),
    ] = None
    """Applicator Sequence (300A,0107): Type 3, VR SQ, VM 1. Sequence of Applicators associated with Beam. Only a single Item is permitted in this Sequence."""

    GeneralAccessorySequence: Annotated[
        list[_GeneralAccessorySequenceItem] | None,
        Attribute(0x300A0420, "SQ", "1", "3", name="General Accessory Sequence"),
    ] = None
    """General Accessory Sequence (300A,0420): Type 3, VR SQ, VM 1. A Sequence of General Accessories associated with this Beam. One or more Items are permitted in this Sequence."""

    CurrentFractionNumber: Annotated[
        vr.IS | None, Attribute(0x30080022, "IS", "1", "2", name="Current Fraction Number")
    ]
    """Current Fraction Number (3008,0022): Type 2, VR IS, VM 1. Fraction number for this beam administration."""

    TreatmentDeliveryType: Annotated[
        _TreatmentDeliveryTypeTermRTBeamsSessionRecord | vr.CS | None,
        Attribute(0x300A00CE, "CS", "1", "2", name="Treatment Delivery Type"),
    ]
    """Treatment Delivery Type (300A,00CE): Type 2, VR CS, VM 1. Delivery Type of treatment. Defined Terms: TREATMENT Normal patient treatment OPEN_PORTFILM Portal image acquisition with open field TRMT_PORTFILM Portal image acquisition with treatment port CONTINUATION Continuation of interrupted treatme..."""

    TreatmentTerminationStatus: Annotated[
        _TreatmentTerminationStatusValue,
        Attribute(
            0x3008002A,
            "CS",
            "1",
            "1",
            name="Treatment Termination Status",
            enumerated=((0, ("NORMAL", "OPERATOR", "MACHINE", "UNKNOWN")),),
        ),
    ]
    """Treatment Termination Status (3008,002A): Type 1, VR CS, VM 1. Conditions under which treatment was terminated. Enumerated Values: NORMAL treatment terminated normally OPERATOR operator terminated treatment MACHINE machine terminated treatment UNKNOWN status at termination unknown"""

    RTTreatmentTerminationReasonCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x300A0715, "SQ", "1", "3", name="RT Treatment Termination Reason Code Sequence"),
    ] = None
    """RT Treatment Termination Reason Code Sequence (300A,0715): Type 3, VR SQ, VM 1. Identifies the reason why the current treatment beam has terminated. Expected if the Treatment Termination Status (3008,002A) is not NORMAL. One or more items are permitted in this Sequence. See Note 1."""

    MachineSpecificTreatmentTerminationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0716, "SQ", "1", "3", name="Machine-Specific Treatment Termination Code Sequence"
        ),
    ] = None
    """Machine-Specific Treatment Termination Code Sequence (300A,0716): Type 3, VR SQ, VM 1. Machine-specific termination codes. Expected if the RT Treatment Termination Reason Code is (110501, DCM, \"Equipment failure\"). One or more Items are permitted in this Sequence. See Note 1."""

    TreatmentTerminationDescription: Annotated[
        vr.ST | None,
        Attribute(0x300A0730, "ST", "1", "3", name="Treatment Termination Description"),
    ] = None
    """Treatment Termination Description (300A,0730): Type 3, VR ST, VM 1. A user-readable description for an abnormal termination. See Note 1."""

    TreatmentVerificationStatus: Annotated[
        _TreatmentVerificationStatusValue | None,
        Attribute(
            0x3008002C,
            "CS",
            "1",
            "2",
            name="Treatment Verification Status",
            enumerated=((0, ("VERIFIED", "VERIFIED_OVR", "NOT_VERIFIED")),),
        ),
    ]
    """Treatment Verification Status (3008,002C): Type 2, VR CS, VM 1. Conditions under which treatment was verified by a verification system. Enumerated Values: VERIFIED treatment verified VERIFIED_OVR treatment verified with at least one out-of-range value overridden NOT_VERIFIED treatment verified manually"""

    SpecifiedPrimaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080032, "DS", "1", "3", name="Specified Primary Meterset")
    ] = None
    """Specified Primary Meterset (3008,0032): Type 3, VR DS, VM 1. Desired machine setting of primary Meterset."""

    SpecifiedSecondaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080033, "DS", "1", "3", name="Specified Secondary Meterset")
    ] = None
    """Specified Secondary Meterset (3008,0033): Type 3, VR DS, VM 1. Desired machine setting of secondary Meterset."""

    DeliveredPrimaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080036, "DS", "1", "3", name="Delivered Primary Meterset")
    ] = None
    """Delivered Primary Meterset (3008,0036): Type 3, VR DS, VM 1. Machine setting actually delivered as recorded by primary Meterset."""

    DeliveredSecondaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080037, "DS", "1", "3", name="Delivered Secondary Meterset")
    ] = None
    """Delivered Secondary Meterset (3008,0037): Type 3, VR DS, VM 1. Machine setting actually delivered as recorded by secondary Meterset."""

    DoseCalibrationConditionsVerifiedFlag: Annotated[
        _DoseCalibrationConditionsVerifiedFlagValue | None,
        Attribute(
            0x300C0123,
            "CS",
            "1",
            "3",
            name="Dose Calibration Conditions Verified Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Dose Calibration Conditions Verified Flag (300C,0123): Type 3, VR CS, VM 1. Indicates whether the delivered plan was verified against calibration conditions of the delivery device. Enumerated Values: YES NO"""

    DoseCalibrationConditionsSequence: Annotated[
        list[_DoseCalibrationConditionsSequenceItem] | None,
        Attribute(
            0x300C0120,
            "SQ",
            "1",
            "1C",
            name="Dose Calibration Conditions Sequence",
            when=(
                "and",
                ("present", 0x300C0123),
                ("value", 0x300C0123, 0, "in", ("YES",)),
                ("not", ("present", 0x300A065A)),
            ),
        ),
    ] = None
    """Dose Calibration Conditions Sequence (300C,0120): Type 1C, VR SQ, VM 1. Required if Dose Calibration Conditions Verified Flag (300C,0123) is present and equals YES and Radiation Device Configuration and Commissioning Key Sequence (300A,065A) is absent. May be present if Dose Calibration Conditions Verified Flag (300C,0123) is present and equals YES and Radiation Device Configuration and Commissioning Key Sequence (300A,065A) is present. Dose calibration conditions for the delivered beam. Required if Dose Calibration Conditions Verified Flag (300C,0123) is present and equals YES and Radiation Device Configuration and Commissioning Key Sequence (300A,065A) is absent."""

    RadiationDeviceConfigurationAndCommissioningKeySequence: Annotated[
        list[_ContentItem] | None,
        Attribute(
            0x300A065A,
            "SQ",
            "1",
            "1C",
            name="Radiation Device Configuration and Commissioning Key Sequence",
            when=(
                "and",
                ("present", 0x300C0123),
                ("value", 0x300C0123, 0, "in", ("YES",)),
                ("not", ("present", 0x300C0120)),
            ),
        ),
    ] = None
    """Radiation Device Configuration and Commissioning Key Sequence (300A,065A): Type 1C, VR SQ, VM 1. Required if Dose Calibration Conditions Verified Flag (300C,0123) is present and equals YES and Dose Calibration Conditions Sequence (300C,0120) is absent. May be present if Dose Calibration Conditions Sequence (300C,0120) is present. Keys identifying the configuration and commissioning data used as input for treatment planning of this Instance. Value Type (0040,A040) is constrained to value UIDREF."""

    InterlockSequence: Annotated[
        list[_InterlockItem] | None,
        Attribute(0x300A0740, "SQ", "1", "3", name="Interlock Sequence"),
    ] = None
    """Interlock Sequence (300A,0740): Type 3, VR SQ, VM 1. Interlocks that occurred prior, during or after the delivery of radiation of this beam. One or more Items are permitted in this Sequence."""

    SpecifiedTreatmentTime: Annotated[
        vr.DS | None, Attribute(0x3008003A, "DS", "1", "3", name="Specified Treatment Time")
    ] = None
    """Specified Treatment Time (3008,003A): Type 3, VR DS, VM 1. Treatment Time set (sec)."""

    DeliveredTreatmentTime: Annotated[
        vr.DS | None, Attribute(0x3008003B, "DS", "1", "3", name="Delivered Treatment Time")
    ] = None
    """Delivered Treatment Time (3008,003B): Type 3, VR DS, VM 1. Treatment Time actually delivered (sec)."""

    GatingBeamHoldTransitionSequence: Annotated[
        list[_GatingBeamHoldTransitionSequenceItem] | None,
        Attribute(0x300C0125, "SQ", "1", "3", name="Gating Beam Hold Transition Sequence"),
    ] = None
    """Gating Beam Hold Transition Sequence (300C,0125): Type 3, VR SQ, VM 1. The beam hold transitions due to beam gating function according to [IEC 60601-2-1]. One or more items are permitted in this Sequence."""

    NumberOfControlPoints: Annotated[
        vr.IS, Attribute(0x300A0110, "IS", "1", "1", name="Number of Control Points")
    ]
    """Number of Control Points (300A,0110): Type 1, VR IS, VM 1. Number of control points delivered. Value shall be greater than or equal to 2."""

    ControlPointDeliverySequence: Annotated[
        list[_ControlPointDeliverySequenceItem],
        Attribute(0x30080040, "SQ", "1", "1", name="Control Point Delivery Sequence"),
    ]
    """Control Point Delivery Sequence (3008,0040): Type 1, VR SQ, VM 1. Sequence of beam control points for current treatment beam. The number of Items in this Sequence shall equal the value of Number of Control Points (300A,0110). See Section C.8.8.21.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorApertureShapeTerm": (
        "dicomodel.enums.applicator_aperture_shape",
        "ApplicatorApertureShapeTerm",
    ),
    "ApplicatorGeometrySequenceItem": (
        "dicomodel.items.applicator_geometry_sequence_item",
        "ApplicatorGeometrySequenceItem",
    ),
    "ApplicatorSequenceItem": (
        "dicomodel.items.applicator_sequence_item",
        "ApplicatorSequenceItem",
    ),
    "ApplicatorTypeTerm": ("dicomodel.enums.applicator_type", "ApplicatorTypeTerm"),
    "BeamHoldOriginatingDeviceSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
    ),
    "BeamHoldTransition": ("dicomodel.enums.beam_hold_transition", "BeamHoldTransition"),
    "BeamHoldTransitionTriggerSource": (
        "dicomodel.enums.beam_hold_transition_trigger_source",
        "BeamHoldTransitionTriggerSource",
    ),
    "BeamLimitingDeviceLeafPairsSequenceItem": (
        "dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item",
        "BeamLimitingDeviceLeafPairsSequenceItem",
    ),
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "BeamStopperPosition": ("dicomodel.enums.beam_stopper_position", "BeamStopperPosition"),
    "BeamType": ("dicomodel.enums.beam_type", "BeamType"),
    "CompensatorTypeTerm": ("dicomodel.enums.compensator_type", "CompensatorTypeTerm"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ControlPointDeliverySequenceItem": (
        "dicomodel.items.control_point_delivery_sequence_item",
        "ControlPointDeliverySequenceItem",
    ),
    "CorrectedParameterSequenceItem": (
        "dicomodel.items.corrected_parameter_sequence_item",
        "CorrectedParameterSequenceItem",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DoseCalibrationConditionsSequenceItem": (
        "dicomodel.items.dose_calibration_conditions_sequence_item",
        "DoseCalibrationConditionsSequenceItem",
    ),
    "DoseCalibrationConditionsVerifiedFlag": (
        "dicomodel.enums.dose_calibration_conditions_verified_flag",
        "DoseCalibrationConditionsVerifiedFlag",
    ),
    "EnhancedRTBeamLimitingDeviceDefinitionFlag": (
        "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
        "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    ),
    "EnhancedRTBeamLimitingDeviceSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    ),
    "EnhancedRTBeamLimitingOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FixedRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "FluenceMode": ("dicomodel.enums.fluence_mode", "FluenceMode"),
    "GantryPitchRotationDirection": (
        "dicomodel.enums.gantry_pitch_rotation_direction",
        "GantryPitchRotationDirection",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "GatingBeamHoldTransitionSequenceItem": (
        "dicomodel.items.gating_beam_hold_transition_sequence_item",
        "GatingBeamHoldTransitionSequenceItem",
    ),
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item",
        "GeneralAccessorySequenceItem",
    ),
    "GeneralAccessoryTypeTerm": (
        "dicomodel.enums.general_accessory_type",
        "GeneralAccessoryTypeTerm",
    ),
    "HighDoseTechniqueTypeTerm": (
        "dicomodel.enums.high_dose_technique_type",
        "HighDoseTechniqueTypeTerm",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InterlockCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InterlockOriginatingDeviceSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
    ),
    "InterlockResolutionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InterlockResolutionUserSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "InterlockSequenceItem": ("dicomodel.items.interlock_item", "InterlockItem"),
    "MachineSpecificTreatmentTerminationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ParallelRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item",
        "ParallelRTBeamDelimiterDeviceSequenceItem",
    ),
    "ParallelRTBeamDelimiterOpeningMode": (
        "dicomodel.enums.parallel_rt_beam_delimiter_opening_mode",
        "ParallelRTBeamDelimiterOpeningMode",
    ),
    "PatientSupportRotationDirection": (
        "dicomodel.enums.patient_support_rotation_direction",
        "PatientSupportRotationDirection",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryFluenceModeSequenceItem": (
        "dicomodel.items.primary_fluence_mode_sequence_item",
        "PrimaryFluenceModeSequenceItem",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RTTreatmentTerminationReasonCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "RadiationTypeTerm": ("dicomodel.enums.radiation_type", "RadiationTypeTerm"),
    "RecordedBlockSequenceItem": (
        "dicomodel.items.recorded_block_sequence_item",
        "RecordedBlockSequenceItem",
    ),
    "RecordedCompensatorSequenceItem": (
        "dicomodel.items.recorded_compensator_sequence_item",
        "RecordedCompensatorSequenceItem",
    ),
    "RecordedWedgeSequenceItem": (
        "dicomodel.items.recorded_wedge_sequence_item",
        "RecordedWedgeSequenceItem",
    ),
    "ReferencedBolusSequenceItem": (
        "dicomodel.items.referenced_bolus_sequence_item_rt_beams_session_record",
        "ReferencedBolusSequenceItemRTBeamsSessionRecord",
    ),
    "ReferencedCalculatedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_calculated_dose_reference_sequence_item",
        "ReferencedCalculatedDoseReferenceSequenceItem",
    ),
    "ReferencedMeasuredDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_measured_dose_reference_sequence_item",
        "ReferencedMeasuredDoseReferenceSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedVerificationImageSequenceItem": (
        "dicomodel.items.referenced_verification_image_sequence_item",
        "ReferencedVerificationImageSequenceItem",
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
    "TreatmentDeliveryTypeTerm": (
        "dicomodel.enums.treatment_delivery_type",
        "TreatmentDeliveryTypeTermRTBeamsSessionRecord",
    ),
    "TreatmentTerminationStatus": (
        "dicomodel.enums.treatment_termination_status",
        "TreatmentTerminationStatus",
    ),
    "TreatmentVerificationStatus": (
        "dicomodel.enums.treatment_verification_status",
        "TreatmentVerificationStatus",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePositionRTBeams"),
    "WedgePositionSequenceItem": (
        "dicomodel.items.wedge_position_sequence_item_rt_beams",
        "WedgePositionSequenceItemRTBeams",
    ),
    "WedgeTypeTerm": ("dicomodel.enums.wedge_type", "WedgeTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
