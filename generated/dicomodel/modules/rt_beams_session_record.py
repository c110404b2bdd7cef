"""RT Beams Session Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitValue as _PrimaryDosimeterUnitValue,
    )
    from dicomodel.items.treatment_session_beam_sequence_item import (
        TreatmentSessionBeamSequenceItem as _TreatmentSessionBeamSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PrimaryDosimeterUnitValue = Lazy(
        "dicomodel.enums.primary_dosimeter_unit", "PrimaryDosimeterUnitValue"
    )
    _TreatmentSessionBeamSequenceItem = Lazy(
        "dicomodel.items.treatment_session_beam_sequence_item", "TreatmentSessionBeamSequenceItem"
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
    from dicomodel.enums.primary_dosimeter_unit import PrimaryDosimeterUnit as PrimaryDosimeterUnit
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
    from dicomodel.items.treatment_session_beam_sequence_item import (
        TreatmentSessionBeamSequenceItem as TreatmentSessionBeamSequenceItem,
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
    "PrimaryDosimeterUnit",
    "PrimaryFluenceModeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTBeamsSessionRecordModule",
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


class RTBeamsSessionRecordModule(DicomModel):
    """RT Beams Session Record Module Attributes (PS3.3 Table C.8-57)."""

    dicom_name: ClassVar[str] = "RT Beams Session Record"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 3, VR IS, VM 1. Identifier of Fraction Group within referenced RT Plan."""

    NumberOfFractionsPlanned: Annotated[
        vr.IS | None, Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned")
    ]
    """Number of Fractions Planned (300A,0078): Type 2, VR IS, VM 1. Total number of treatments (Fractions) planned for current Fraction Group."""

    PrimaryDosimeterUnit: Annotated[
        _PrimaryDosimeterUnitValue,
        Attribute(
            0x300A00B3,
            "CS",
            "1",
            "1",
            name="Primary Dosimeter Unit",
            enumerated=((0, ("MU", "MINUTE")),),
        ),
    ]
    """Primary Dosimeter Unit (300A,00B3): Type 1, VR CS, VM 1. Measurement unit of machine dosimeter. Enumerated Values: MU Monitor Unit MINUTE minute"""

    TreatmentSessionBeamSequence: Annotated[
        list[_TreatmentSessionBeamSequenceItem],
        Attribute(0x30080020, "SQ", "1", "1", name="Treatment Session Beam Sequence"),
    ]
    """Treatment Session Beam Sequence (3008,0020): Type 1, VR SQ, VM 1. Sequence of Beams administered during treatment session. One or more Items shall be included in this Sequence."""


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
    "PrimaryDosimeterUnit": ("dicomodel.enums.primary_dosimeter_unit", "PrimaryDosimeterUnit"),
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
    "TreatmentSessionBeamSequenceItem": (
        "dicomodel.items.treatment_session_beam_sequence_item",
        "TreatmentSessionBeamSequenceItem",
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
