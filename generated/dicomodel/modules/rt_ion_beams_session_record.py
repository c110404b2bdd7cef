"""RT Ion Beams Session Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTIonBeamsValue as _PrimaryDosimeterUnitRTIonBeamsValue,
    )
    from dicomodel.items.treatment_session_ion_beam_sequence_item import (
        TreatmentSessionIonBeamSequenceItem as _TreatmentSessionIonBeamSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PrimaryDosimeterUnitRTIonBeamsValue = Lazy(
        "dicomodel.enums.primary_dosimeter_unit", "PrimaryDosimeterUnitRTIonBeamsValue"
    )
    _TreatmentSessionIonBeamSequenceItem = Lazy(
        "dicomodel.items.treatment_session_ion_beam_sequence_item",
        "TreatmentSessionIonBeamSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTerm
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.beam_type import BeamType as BeamType
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.delivered_reference_dose_definition import (
        DeliveredReferenceDoseDefinitionTerm as DeliveredReferenceDoseDefinitionTerm,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
    )
    from dicomodel.enums.fixation_eye import FixationEye as FixationEye
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirection as GantryPitchRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modulated_scan_mode_type import (
        ModulatedScanModeTypeTerm as ModulatedScanModeTypeTerm,
    )
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as PatientSupportTypeTerm,
    )
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTIonBeams as PrimaryDosimeterUnit,
    )
    from dicomodel.enums.radiation_type import RadiationTypeTermRTIonBeams as RadiationTypeTerm
    from dicomodel.enums.range_modulator_type import (
        RangeModulatorTypeTerm as RangeModulatorTypeTerm,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.scan_mode import ScanModeTerm as ScanModeTerm
    from dicomodel.enums.scan_spot_reordered import ScanSpotReordered as ScanSpotReordered
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
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePosition
    from dicomodel.enums.wedge_type import WedgeTypeTermRTIonBeams as WedgeTypeTerm
    from dicomodel.items.applicator_sequence_item_rt_ion_beams import (
        ApplicatorSequenceItemRTIonBeams as ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item import (
        BeamLimitingDeviceLeafPairsSequenceItem as BeamLimitingDeviceLeafPairsSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
    )
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
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem,
    )
    from dicomodel.items.corrected_parameter_sequence_item import (
        CorrectedParameterSequenceItem as CorrectedParameterSequenceItem,
    )
    from dicomodel.items.delivered_depth_dose_parameters_sequence_item import (
        DeliveredDepthDoseParametersSequenceItem as DeliveredDepthDoseParametersSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item_rt_ion_beams_session_record import (
        GeneralAccessorySequenceItemRTIonBeamsSessionRecord as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.interlock_item import InterlockItem as InterlockSequenceItem
    from dicomodel.items.ion_control_point_delivery_sequence_item import (
        IonControlPointDeliverySequenceItem as IonControlPointDeliverySequenceItem,
    )
    from dicomodel.items.ion_wedge_position_sequence_item import (
        IonWedgePositionSequenceItem as IonWedgePositionSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_beams_session_record import (
        LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord as LateralSpreadingDeviceSettingsSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.override_sequence_item_rt_ion_beams_session_record import (
        OverrideSequenceItemRTIonBeamsSessionRecord as OverrideSequenceItem,
    )
    from dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item import (
        ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as InterlockResolutionUserSequenceItem,
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
    from dicomodel.items.recorded_block_sequence_item_rt_ion_beams_session_record import (
        RecordedBlockSequenceItemRTIonBeamsSessionRecord as RecordedBlockSequenceItem,
    )
    from dicomodel.items.recorded_block_slab_sequence_item import (
        RecordedBlockSlabSequenceItem as RecordedBlockSlabSequenceItem,
    )
    from dicomodel.items.recorded_compensator_sequence_item_rt_ion_beams_session_record import (
        RecordedCompensatorSequenceItemRTIonBeamsSessionRecord as RecordedCompensatorSequenceItem,
    )
    from dicomodel.items.recorded_lateral_spreading_device_sequence_item import (
        RecordedLateralSpreadingDeviceSequenceItem as RecordedLateralSpreadingDeviceSequenceItem,
    )
    from dicomodel.items.recorded_range_modulator_sequence_item import (
        RecordedRangeModulatorSequenceItem as RecordedRangeModulatorSequenceItem,
    )
    from dicomodel.items.recorded_range_shifter_sequence_item import (
        RecordedRangeShifterSequenceItem as RecordedRangeShifterSequenceItem,
    )
    from dicomodel.items.recorded_wedge_sequence_item_rt_ion_beams_session_record import (
        RecordedWedgeSequenceItemRTIonBeamsSessionRecord as RecordedWedgeSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams import (
        ReferencedBolusSequenceItemRTIonBeams as ReferencedBolusSequenceItem,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item import (
        ReferencedCalculatedDoseReferenceSequenceItem as ReferencedCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item_rt_ion_beams_session_record import (
        ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord as ReferencedMeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )
    from dicomodel.items.snout_sequence_item import SnoutSequenceItem as RecordedSnoutSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedVerificationImageSequenceItem,
    )
    from dicomodel.items.treatment_session_ion_beam_sequence_item import (
        TreatmentSessionIonBeamSequenceItem as TreatmentSessionIonBeamSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamType",
    "ContextGroupExtensionFlag",
    "CorrectedParameterSequenceItem",
    "DeliveredDepthDoseParametersSequenceItem",
    "DeliveredReferenceDoseDefinitionTerm",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixationEye",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "InterlockSequenceItem",
    "IonControlPointDeliverySequenceItem",
    "IonWedgePositionSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MappingResourceTerm",
    "ModulatedScanModeTypeTerm",
    "OperatorIdentificationSequenceItem",
    "OutlineShapeType",
    "OverrideSequenceItem",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryDosimeterUnit",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTIonBeamsSessionRecordModule",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RadiationTypeTerm",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorTypeTerm",
    "RangeShifterSettingsSequenceItem",
    "RecordedBlockSequenceItem",
    "RecordedBlockSlabSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedLateralSpreadingDeviceSequenceItem",
    "RecordedRangeModulatorSequenceItem",
    "RecordedRangeShifterSequenceItem",
    "RecordedSnoutSequenceItem",
    "RecordedWedgeSequenceItem",
    "ReferencedBolusSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "ReferencedVerificationImageSequenceItem",
    "ScanModeTerm",
    "ScanSpotReordered",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "TreatmentSessionIonBeamSequenceItem",
    "TreatmentTerminationStatus",
    "TreatmentVerificationStatus",
    "UDISequenceItem",
    "WedgePosition",
    "WedgeTypeTerm",
]


class RTIonBeamsSessionRecordModule(DicomModel):
    """RT Ion Beams Session Record Module Attributes (PS3.3 Table C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "RT Ion Beams Session Record"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 3, VR IS, VM 1. Identifier of fraction group within referenced RT Ion Plan."""

    NumberOfFractionsPlanned: Annotated[
        vr.IS | None, Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned")
    ]
    """Number of Fractions Planned (300A,0078): Type 2, VR IS, VM 1. Total number of treatments (fractions) planned for current fraction group."""

    PrimaryDosimeterUnit: Annotated[
        _PrimaryDosimeterUnitRTIonBeamsValue,
        Attribute(
            0x300A00B3,
            "CS",
            "1",
            "1",
            name="Primary Dosimeter Unit",
            enumerated=((0, ("MU", "NP")),),
        ),
    ]
    """Primary Dosimeter Unit (300A,00B3): Type 1, VR CS, VM 1. Measurement unit of the machine dosimeter. Enumerated Values: MU Monitor Units NP Number of Particles"""

    TreatmentSessionIonBeamSequence: Annotated[
        list[_TreatmentSessionIonBeamSequenceItem],
        Attribute(0x30080021, "SQ", "1", "1", name="Treatment Session Ion Beam Sequence"),
    ]
    """Treatment Session Ion Beam Sequence (3008,0021): Type 1, VR SQ, VM 1. Sequence of setup and/or treatment beams administered during treatment session. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorSequenceItem": (
        "dicomodel.items.applicator_sequence_item_rt_ion_beams",
        "ApplicatorSequenceItemRTIonBeams",
    ),
    "ApplicatorTypeTerm": ("dicomodel.enums.applicator_type", "ApplicatorTypeTermRTIonBeams"),
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
    "BeamType": ("dicomodel.enums.beam_type", "BeamType"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "CorrectedParameterSequenceItem": (
        "dicomodel.items.corrected_parameter_sequence_item",
        "CorrectedParameterSequenceItem",
    ),
    "DeliveredDepthDoseParametersSequenceItem": (
        "dicomodel.items.delivered_depth_dose_parameters_sequence_item",
        "DeliveredDepthDoseParametersSequenceItem",
    ),
    "DeliveredReferenceDoseDefinitionTerm": (
        "dicomodel.enums.delivered_reference_dose_definition",
        "DeliveredReferenceDoseDefinitionTerm",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "FixationEye": ("dicomodel.enums.fixation_eye", "FixationEye"),
    "FixedRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "GantryPitchRotationDirection": (
        "dicomodel.enums.gantry_pitch_rotation_direction",
        "GantryPitchRotationDirection",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item_rt_ion_beams_session_record",
        "GeneralAccessorySequenceItemRTIonBeamsSessionRecord",
    ),
    "GeneralAccessoryTypeTerm": (
        "dicomodel.enums.general_accessory_type",
        "GeneralAccessoryTypeTerm",
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
    "IonControlPointDeliverySequenceItem": (
        "dicomodel.items.ion_control_point_delivery_sequence_item",
        "IonControlPointDeliverySequenceItem",
    ),
    "IonWedgePositionSequenceItem": (
        "dicomodel.items.ion_wedge_position_sequence_item",
        "IonWedgePositionSequenceItem",
    ),
    "LateralSpreadingDeviceSettingsSequenceItem": (
        "dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_beams_session_record",
        "LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord",
    ),
    "MachineSpecificTreatmentTerminationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ModulatedScanModeTypeTerm": (
        "dicomodel.enums.modulated_scan_mode_type",
        "ModulatedScanModeTypeTerm",
    ),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "OverrideSequenceItem": (
        "dicomodel.items.override_sequence_item_rt_ion_beams_session_record",
        "OverrideSequenceItemRTIonBeamsSessionRecord",
    ),
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
    "PatientSupportTypeTerm": ("dicomodel.enums.patient_support_type", "PatientSupportTypeTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryDosimeterUnit": (
        "dicomodel.enums.primary_dosimeter_unit",
        "PrimaryDosimeterUnitRTIonBeams",
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
    "RadiationTypeTerm": ("dicomodel.enums.radiation_type", "RadiationTypeTermRTIonBeams"),
    "RangeModulatorSettingsSequenceItem": (
        "dicomodel.items.range_modulator_settings_sequence_item_rt_ion_beams_session_record",
        "RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord",
    ),
    "RangeModulatorTypeTerm": ("dicomodel.enums.range_modulator_type", "RangeModulatorTypeTerm"),
    "RangeShifterSettingsSequenceItem": (
        "dicomodel.items.range_shifter_settings_sequence_item_rt_ion_beams_session_record",
        "RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord",
    ),
    "RecordedBlockSequenceItem": (
        "dicomodel.items.recorded_block_sequence_item_rt_ion_beams_session_record",
        "RecordedBlockSequenceItemRTIonBeamsSessionRecord",
    ),
    "RecordedBlockSlabSequenceItem": (
        "dicomodel.items.recorded_block_slab_sequence_item",
        "RecordedBlockSlabSequenceItem",
    ),
    "RecordedCompensatorSequenceItem": (
        "dicomodel.items.recorded_compensator_sequence_item_rt_ion_beams_session_record",
        "RecordedCompensatorSequenceItemRTIonBeamsSessionRecord",
    ),
    "RecordedLateralSpreadingDeviceSequenceItem": (
        "dicomodel.items.recorded_lateral_spreading_device_sequence_item",
        "RecordedLateralSpreadingDeviceSequenceItem",
    ),
    "RecordedRangeModulatorSequenceItem": (
        "dicomodel.items.recorded_range_modulator_sequence_item",
        "RecordedRangeModulatorSequenceItem",
    ),
    "RecordedRangeShifterSequenceItem": (
        "dicomodel.items.recorded_range_shifter_sequence_item",
        "RecordedRangeShifterSequenceItem",
    ),
    "RecordedSnoutSequenceItem": ("dicomodel.items.snout_sequence_item", "SnoutSequenceItem"),
    "RecordedWedgeSequenceItem": (
        "dicomodel.items.recorded_wedge_sequence_item_rt_ion_beams_session_record",
        "RecordedWedgeSequenceItemRTIonBeamsSessionRecord",
    ),
    "ReferencedBolusSequenceItem": (
        "dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams",
        "ReferencedBolusSequenceItemRTIonBeams",
    ),
    "ReferencedCalculatedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_calculated_dose_reference_sequence_item",
        "ReferencedCalculatedDoseReferenceSequenceItem",
    ),
    "ReferencedMeasuredDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_measured_dose_reference_sequence_item_rt_ion_beams_session_record",
        "ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord",
    ),
    "ReferencedVerificationImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ScanModeTerm": ("dicomodel.enums.scan_mode", "ScanModeTerm"),
    "ScanSpotReordered": ("dicomodel.enums.scan_spot_reordered", "ScanSpotReordered"),
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
    "TreatmentSessionIonBeamSequenceItem": (
        "dicomodel.items.treatment_session_ion_beam_sequence_item",
        "TreatmentSessionIonBeamSequenceItem",
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
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePositionRTBeams"),
    "WedgeTypeTerm": ("dicomodel.enums.wedge_type", "WedgeTypeTermRTIonBeams"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
