"""Item class TreatmentSessionIonBeamSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beam_type import BeamTypeValue as _BeamTypeValue
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlagValue as _EnhancedRTBeamLimitingDeviceDefinitionFlagValue,
    )
    from dicomodel.enums.fixation_eye import FixationEyeValue as _FixationEyeValue
    from dicomodel.enums.modulated_scan_mode_type import (
        ModulatedScanModeTypeTerm as _ModulatedScanModeTypeTerm,
    )
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as _PatientSupportTypeTerm,
    )
    from dicomodel.enums.radiation_type import (
        RadiationTypeTermRTIonBeams as _RadiationTypeTermRTIonBeams,
    )
    from dicomodel.enums.scan_mode import ScanModeTerm as _ScanModeTerm
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTermRTBeamsSessionRecord as _TreatmentDeliveryTypeTermRTBeamsSessionRecord,
    )
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatusValue as _TreatmentTerminationStatusValue,
    )
    from dicomodel.enums.treatment_verification_status import (
        TreatmentVerificationStatusValue as _TreatmentVerificationStatusValue,
    )
    from dicomodel.items.applicator_sequence_item_rt_ion_beams import (
        ApplicatorSequenceItemRTIonBeams as _ApplicatorSequenceItemRTIonBeams,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item import (
        BeamLimitingDeviceLeafPairsSequenceItem as _BeamLimitingDeviceLeafPairsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.delivered_depth_dose_parameters_sequence_item import (
        DeliveredDepthDoseParametersSequenceItem as _DeliveredDepthDoseParametersSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item_rt_ion_beams_session_record import (
        GeneralAccessorySequenceItemRTIonBeamsSessionRecord as _GeneralAccessorySequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.interlock_item import InterlockItem as _InterlockItem
    from dicomodel.items.ion_control_point_delivery_sequence_item import (
        IonControlPointDeliverySequenceItem as _IonControlPointDeliverySequenceItem,
    )
    from dicomodel.items.recorded_block_sequence_item_rt_ion_beams_session_record import (
        RecordedBlockSequenceItemRTIonBeamsSessionRecord as _RecordedBlockSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.recorded_compensator_sequence_item_rt_ion_beams_session_record import (
        RecordedCompensatorSequenceItemRTIonBeamsSessionRecord as _RecordedCompensatorSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.recorded_lateral_spreading_device_sequence_item import (
        RecordedLateralSpreadingDeviceSequenceItem as _RecordedLateralSpreadingDeviceSequenceItem,
    )
    from dicomodel.items.recorded_range_modulator_sequence_item import (
        RecordedRangeModulatorSequenceItem as _RecordedRangeModulatorSequenceItem,
    )
    from dicomodel.items.recorded_range_shifter_sequence_item import (
        RecordedRangeShifterSequenceItem as _RecordedRangeShifterSequenceItem,
    )
    from dicomodel.items.recorded_wedge_sequence_item_rt_ion_beams_session_record import (
        RecordedWedgeSequenceItemRTIonBeamsSessionRecord as _RecordedWedgeSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams import (
        ReferencedBolusSequenceItemRTIonBeams as _ReferencedBolusSequenceItemRTIonBeams,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item import (
        ReferencedCalculatedDoseReferenceSequenceItem as _ReferencedCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item_rt_ion_beams_session_record import (
        ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord as _ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
    from dicomodel.items.snout_sequence_item import SnoutSequenceItem as _SnoutSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicatorSequenceItemRTIonBeams = Lazy(
        "dicomodel.items.applicator_sequence_item_rt_ion_beams", "ApplicatorSequenceItemRTIonBeams"
    )
    _BeamLimitingDeviceLeafPairsSequenceItem = Lazy(
        "dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item",
        "BeamLimitingDeviceLeafPairsSequenceItem",
    )
    _BeamTypeValue = Lazy("dicomodel.enums.beam_type", "BeamTypeValue")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DeliveredDepthDoseParametersSequenceItem = Lazy(
        "dicomodel.items.delivered_depth_dose_parameters_sequence_item",
        "DeliveredDepthDoseParametersSequenceItem",
    )
    _EnhancedRTBeamLimitingDeviceDefinitionFlagValue = Lazy(
        "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
        "EnhancedRTBeamLimitingDeviceDefinitionFlagValue",
    )
    _FixationEyeValue = Lazy("dicomodel.enums.fixation_eye", "FixationEyeValue")
    _GeneralAccessorySequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.general_accessory_sequence_item_rt_ion_beams_session_record",
        "GeneralAccessorySequenceItemRTIonBeamsSessionRecord",
    )
    _InterlockItem = Lazy("dicomodel.items.interlock_item", "InterlockItem")
    _IonControlPointDeliverySequenceItem = Lazy(
        "dicomodel.items.ion_control_point_delivery_sequence_item",
        "IonControlPointDeliverySequenceItem",
    )
    _ModulatedScanModeTypeTerm = Lazy(
        "dicomodel.enums.modulated_scan_mode_type", "ModulatedScanModeTypeTerm"
    )
    _PatientSupportTypeTerm = Lazy("dicomodel.enums.patient_support_type", "PatientSupportTypeTerm")
    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )
    _RadiationTypeTermRTIonBeams = Lazy(
        "dicomodel.enums.radiation_type", "RadiationTypeTermRTIonBeams"
    )
    _RecordedBlockSequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.recorded_block_sequence_item_rt_ion_beams_session_record",
        "RecordedBlockSequenceItemRTIonBeamsSessionRecord",
    )
    _RecordedCompensatorSequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.recorded_compensator_sequence_item_rt_ion_beams_session_record",
        "RecordedCompensatorSequenceItemRTIonBeamsSessionRecord",
    )
    _RecordedLateralSpreadingDeviceSequenceItem = Lazy(
        "dicomodel.items.recorded_lateral_spreading_device_sequence_item",
        "RecordedLateralSpreadingDeviceSequenceItem",
    )
    _RecordedRangeModulatorSequenceItem = Lazy(
        "dicomodel.items.recorded_range_modulator_sequence_item",
        "RecordedRangeModulatorSequenceItem",
    )
    _RecordedRangeShifterSequenceItem = Lazy(
        "dicomodel.items.recorded_range_shifter_sequence_item", "RecordedRangeShifterSequenceItem"
    )
    _RecordedWedgeSequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.recorded_wedge_sequence_item_rt_ion_beams_session_record",
        "RecordedWedgeSequenceItemRTIonBeamsSessionRecord",
    )
    _ReferencedBolusSequenceItemRTIonBeams = Lazy(
        "dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams",
        "ReferencedBolusSequenceItemRTIonBeams",
    )
    _ReferencedCalculatedDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.referenced_calculated_dose_reference_sequence_item",
        "ReferencedCalculatedDoseReferenceSequenceItem",
    )
    _ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord = Lazy(
        "dicomodel.items.referenced_measured_dose_reference_sequence_item_rt_ion_beams_session_record",
        "ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _ScanModeTerm = Lazy("dicomodel.enums.scan_mode", "ScanModeTerm")
    _SnoutSequenceItem = Lazy("dicomodel.items.snout_sequence_item", "SnoutSequenceItem")
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
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
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


class TreatmentSessionIonBeamSequenceItem(DicomModel):
    """An item of Treatment Session Ion Beam Sequence (3008,0021), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Treatment Session Ion Beam Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedBeamNumber: Annotated[
        vr.IS, Attribute(0x300C0006, "IS", "1", "1", name="Referenced Beam Number")
    ]
    """Referenced Beam Number (300C,0006): Type 1, VR IS, VM 1. References Beam specified by Beam Number (300A,00C0) in Ion Beam Sequence (300A,03A2) in RT Ion Beams Module within the referenced RT Ion Plan."""

    BeamName: Annotated[vr.LO, Attribute(0x300A00C2, "LO", "1", "1", name="Beam Name")]
    """Beam Name (300A,00C2): Type 1, VR LO, VM 1. User-defined name for Beam. See Section C.8.8.25.1."""

    EntityLongLabel: Annotated[
        vr.LO | None, Attribute(0x30100038, "LO", "1", "3", name="Entity Long Label")
    ] = None
    """Entity Long Label (3010,0038): Type 3, VR LO, VM 1. User-defined label for Beam. See Section C.8.8.25.1."""

    BeamDescription: Annotated[
        vr.ST | None, Attribute(0x300A00C3, "ST", "1", "3", name="Beam Description")
    ] = None
    """Beam Description (300A,00C3): Type 3, VR ST, VM 1. User-defined description for Beam. See Section C.8.8.25.1."""

    BeamType: Annotated[
        _BeamTypeValue,
        Attribute(
            0x300A00C4, "CS", "1", "1", name="Beam Type", enumerated=((0, ("STATIC", "DYNAMIC")),)
        ),
    ]
    """Beam Type (300A,00C4): Type 1, VR CS, VM 1. Motion characteristic of Beam. Enumerated Values: STATIC All Ion Control Point Sequence (300A,03A8) Attributes remain unchanged between consecutive pairs of control points with changing Cumulative Meterset Weight (300A,0134)."""

    RadiationType: Annotated[
        _RadiationTypeTermRTIonBeams | vr.CS,
        Attribute(0x300A00C6, "CS", "1", "1", name="Radiation Type"),
    ]
    """Radiation Type (300A,00C6): Type 1, VR CS, VM 1. Particle type of Beam. Defined Terms: PHOTON PROTON ION"""

    RadiationMassNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300A0302,
            "IS",
            "1",
            "1C",
            name="Radiation Mass Number",
            when=("value", 0x300A00C6, 0, "in", ("ION",)),
        ),
    ] = None
    """Radiation Mass Number (300A,0302): Type 1C, VR IS, VM 1. Required if Radiation Type (300A,00C6) is ION. Mass number of radiation. Required if Radiation Type (300A,00C6) is ION."""

    RadiationAtomicNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300A0304,
            "IS",
            "1",
            "1C",
            name="Radiation Atomic Number",
            when=("value", 0x300A00C6, 0, "in", ("ION",)),
        ),
    ] = None
    """Radiation Atomic Number (300A,0304): Type 1C, VR IS, VM 1. Required if Radiation Type (300A,00C6) is ION. Atomic number of radiation. Required if Radiation Type (300A,00C6) is ION."""

    RadiationChargeState: Annotated[
        vr.SS | None,
        Attribute(
            0x300A0306,
            "SS",
            "1",
            "1C",
            name="Radiation Charge State",
            when=("value", 0x300A00C6, 0, "in", ("ION",)),
        ),
    ] = None
    """Radiation Charge State (300A,0306): Type 1C, VR SS, VM 1. Required if Radiation Type (300A,00C6) is ION. Charge state of radiation. Required if Radiation Type (300A,00C6) is ION."""

    ScanMode: Annotated[
        _ScanModeTerm | vr.CS, Attribute(0x300A0308, "CS", "1", "1", name="Scan Mode")
    ]
    """Scan Mode (300A,0308): Type 1, VR CS, VM 1. The method of beam scanning used during treatment. Defined Terms: NONE No beam scanning is performed. UNIFORM Between control points, the beam is scanned to create a uniform lateral fluence distribution across the field."""

    ModulatedScanModeType: Annotated[
        _ModulatedScanModeTypeTerm | vr.CS | None,
        Attribute(
            0x300A0309,
            "CS",
            "1",
            "1C",
            name="Modulated Scan Mode Type",
            when=("value", 0x300A0308, 0, "in", ("MODULATED_SPEC",)),
        ),
    ] = None
    """Modulated Scan Mode Type (300A,0309): Type 1C, VR CS, VM 1. Required if Scan Mode (300A,0308) is MODULATED_SPEC. Defines the specialization of a modulated scan mode. Defined Terms: STATIONARY The Meterset is delivered while the beam spot is at the specified position. The beam is always turned off when the position changes."""

    ReferencedToleranceTableNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C00A0, "IS", "1", "3", name="Referenced Tolerance Table Number"),
    ] = None
    """Referenced Tolerance Table Number (300C,00A0): Type 3, VR IS, VM 1. Uniquely identifies Ion Tolerance Table specified by Tolerance Table Number (300A,0042) within Ion Tolerance Table Sequence in RT Ion Tolerance Tables Module. These tolerances are to be used for verification of treatment machine settings."""

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
        Attribute(0x300800A0, "SQ", "1", "3", name="Beam Limiting Device Leaf Pairs Sequence"),
    ] = None
    """Beam Limiting Device Leaf Pairs Sequence (3008,00A0): Type 3, VR SQ, VM 1. Sequence of beam limiting device (collimator) jaw or leaf (element) sets. Shall not be present if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES."""

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
    """Referenced Patient Setup Number (300C,006A): Type 3, VR IS, VM 1. Uniquely identifies Ion Patient Setup to be used for current beam, specified by Patient Setup Number (300A,0182) within Patient Setup Sequence of RT Patient Setup Module."""

    ReferencedVerificationImageSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0040, "SQ", "1", "3", name="Referenced Verification Image Sequence"),
    ] = None
    """Referenced Verification Image Sequence (300C,0040): Type 3, VR SQ, VM 1. Sequence of verification images obtained during delivery of current beam. One or more Items are permitted in this Sequence. See Section C.8.8.14.2."""

    ReferencedMeasuredDoseReferenceSequence: Annotated[
        list[_ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(0x30080080, "SQ", "1", "3", name="Referenced Measured Dose Reference Sequence"),
    ] = None
    """Referenced Measured Dose Reference Sequence (3008,0080): Type 3, VR SQ, VM 1. Sequence of doses measured during treatment delivery for current Beam. One or more Items are permitted in this Sequence."""

    ReferencedCalculatedDoseReferenceSequence: Annotated[
        list[_ReferencedCalculatedDoseReferenceSequenceItem] | None,
        Attribute(0x30080090, "SQ", "1", "3", name="Referenced Calculated Dose Reference Sequence"),
    ] = None
    """Referenced Calculated Dose Reference Sequence (3008,0090): Type 3, VR SQ, VM 1. Sequence of doses estimated for each treatment delivery. One or more Items are permitted in this Sequence."""

    NumberOfWedges: Annotated[vr.IS, Attribute(0x300A00D0, "IS", "1", "1", name="Number of Wedges")]
    """Number of Wedges (300A,00D0): Type 1, VR IS, VM 1. Number of wedges associated with current beam."""

    RecordedWedgeSequence: Annotated[
        list[_RecordedWedgeSequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(
            0x300800B0,
            "SQ",
            "1",
            "1C",
            name="Recorded Wedge Sequence",
            when=("compare", 0x300A00D0, 1, "!=", 0),
        ),
    ] = None
    """Recorded Wedge Sequence (3008,00B0): Type 1C, VR SQ, VM 1. Required if Number of Wedges (300A,00D0) is non-zero. Sequence of treatment wedges. Required if Number of Wedges (300A,00D0) is non-zero. One or more Items shall be included in this Sequence. The number of Items shall be identical to the value of Number of Wedges (300A,00D0)."""

    NumberOfCompensators: Annotated[
        vr.IS, Attribute(0x300A00E0, "IS", "1", "1", name="Number of Compensators")
    ]
    """Number of Compensators (300A,00E0): Type 1, VR IS, VM 1. Number of range compensators associated with current Beam."""

    RecordedCompensatorSequence: Annotated[
        list[_RecordedCompensatorSequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(
            0x300800C0,
            "SQ",
            "1",
            "1C",
            name="Recorded Compensator Sequence",
            when=("compare", 0x300A00E0, 1, "!=", 0),
        ),
    ] = None
    """Recorded Compensator Sequence (3008,00C0): Type 1C, VR SQ, VM 1. Required if Number of Compensators (300A,00E0) is non-zero. Sequence of treatment compensators. Required if Number of Compensators (300A,00E0) is non-zero. One or more Items shall be included in this Sequence. The number of Items shall be identical to the value of Number of Compensators (300A,00E0)."""

    NumberOfBoli: Annotated[vr.IS, Attribute(0x300A00ED, "IS", "1", "1", name="Number of Boli")]
    """Number of Boli (300A,00ED): Type 1, VR IS, VM 1. Number of boli associated with current Beam."""

    ReferencedBolusSequence: Annotated[
        list[_ReferencedBolusSequenceItemRTIonBeams] | None,
        Attribute(
            0x300C00B0,
            "SQ",
            "1",
            "1C",
            name="Referenced Bolus Sequence",
            when=("compare", 0x300A00ED, 1, "!=", 0),
        ),
    ] = None
    """Referenced Bolus Sequence (300C,00B0): Type 1C, VR SQ, VM 1. Required if Number of Boli (300A,00ED) is non-zero. Sequence of boli associated with Beam. Required if Number of Boli (300A,00ED) is non-zero. One or more Items shall be included in this Sequence. The number of Items shall be identical to the value of Number of Boli (300A,00ED)."""

    NumberOfBlocks: Annotated[vr.IS, Attribute(0x300A00F0, "IS", "1", "1", name="Number of Blocks")]
    """Number of Blocks (300A,00F0): Type 1, VR IS, VM 1. Number of blocks recorded as being present during beam delivery."""

    RecordedBlockSequence: Annotated[
        list[_RecordedBlockSequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(
            0x300800D0,
            "SQ",
            "1",
            "1C",
            name="Recorded Block Sequence",
            when=("compare", 0x300A00F0, 1, "!=", 0),
        ),
    ] = None
    """Recorded Block Sequence (3008,00D0): Type 1C, VR SQ, VM 1. Required if Number of Blocks (300A,00F0) is non-zero. Sequence of blocks recorded as being present during beam delivery. Required if Number of Blocks (300A,00F0) is non-zero. One or more Items shall be included in this Sequence."""

    RecordedSnoutSequence: Annotated[
        list[_SnoutSequenceItem] | None,
        Attribute(
            0x300800F0,
            "SQ",
            "1",
            "1C",
            name="Recorded Snout Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'in the RT Ion Plan referenced within the Referenced RT Plan Sequence (300C,0002)' (in 'Required if Snout Sequence (300A,030C) is included in the RT Ion Plan referenced within the Referenced RT Plan Sequence (300C,0002)')",
            ),
        ),
    ] = None
    """Recorded Snout Sequence (3008,00F0): Type 1C, VR SQ, VM 1. Required if Snout Sequence (300A,030C) is included in the RT Ion Plan referenced within the Referenced RT Plan Sequence (300C,0002). Sequence of Snouts associated with Beam. Required if Snout Sequence (300A,030C) is included in the RT Ion Plan referenced within the Referenced RT Plan Sequence (300C,0002). Only a single Item shall be included in this Sequence."""

    ApplicatorSequence: Annotated[
        list[_ApplicatorSequenceItemRTIonBeams] | None,
        Attribute(
            0x300A0107,
            "SQ",
            "1",
            "1C",
            name="Applicator Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'in the RT Ion Plan referenced within the Referenced RT Plan Sequence (300C,0002)' (in 'Required if Applicator Sequence (300A,0107) is included in the RT Ion Plan referenced within the Referenced RT Plan Sequence (300C,0002)')",
            ),
        ),
    ] = None
    """Applicator Sequence (300A,0107): Type 1C, VR SQ, VM 1. Required if Applicator Sequence (300A,0107) is included in the RT Ion Plan referenced within the Referenced RT Plan Sequence (300C,0002). Sequence of Applicators associated with Beam. Required if Applicator Sequence (300A,0107) is included in the RT Ion Plan referenced within the Referenced RT Plan Sequence (300C,0002). Only a single Item shall be included in this Sequence."""

    GeneralAccessorySequence: Annotated[
        list[_GeneralAccessorySequenceItemRTIonBeamsSessionRecord] | None,
        Attribute(0x300A0420, "SQ", "1", "3", name="General Accessory Sequence"),
    ] = None
    """General Accessory Sequence (300A,0420): Type 3, VR SQ, VM 1. A Sequence of General Accessories associated with this Beam. One or more Items are permitted in this Sequence."""

    NumberOfRangeShifters: Annotated[
        vr.IS, Attribute(0x300A0312, "IS", "1", "1", name="Number of Range Shifters")
    ]
    """Number of Range Shifters (300A,0312): Type 1, VR IS, VM 1. Number of range shifters associated with current beam."""

    RecordedRangeShifterSequence: Annotated[
        list[_RecordedRangeShifterSequenceItem] | None,
        Attribute(
            0x300800F2,
            "SQ",
            "1",
            "1C",
            name="Recorded Range Shifter Sequence",
            when=("compare", 0x300A0312, 1, "!=", 0),
        ),
    ] = None
    """Recorded Range Shifter Sequence (3008,00F2): Type 1C, VR SQ, VM 1. Required if Number of Range Shifters (300A,0312) is non-zero. Sequence of range shifters recorded with Beam. Required if Number of Range Shifters (300A,0312) is non-zero. One or more Items shall be included in this Sequence."""

    NumberOfLateralSpreadingDevices: Annotated[
        vr.IS, Attribute(0x300A0330, "IS", "1", "1", name="Number of Lateral Spreading Devices")
    ]
    """Number of Lateral Spreading Devices (300A,0330): Type 1, VR IS, VM 1. Number of lateral spreading devices associated with current beam."""

    RecordedLateralSpreadingDeviceSequence: Annotated[
        list[_RecordedLateralSpreadingDeviceSequenceItem] | None,
        Attribute(
            0x300800F4,
            "SQ",
            "1",
            "1C",
            name="Recorded Lateral Spreading Device Sequence",
            when=("compare", 0x300A0330, 1, "!=", 0),
        ),
    ] = None
    """Recorded Lateral Spreading Device Sequence (3008,00F4): Type 1C, VR SQ, VM 1. Required if Number of Lateral Spreading Devices (300A,0330) is non-zero. Sequence of lateral spreading devices associated with Beam. Required if Number of Lateral Spreading Devices (300A,0330) is non-zero. One or more Items shall be included in this Sequence."""

    NumberOfRangeModulators: Annotated[
        vr.IS, Attribute(0x300A0340, "IS", "1", "1", name="Number of Range Modulators")
    ]
    """Number of Range Modulators (300A,0340): Type 1, VR IS, VM 1. Number of range modulators associated with current beam."""

    RecordedRangeModulatorSequence: Annotated[
        list[_RecordedRangeModulatorSequenceItem] | None,
        Attribute(
            0x300800F6,
            "SQ",
            "1",
            "1C",
            name="Recorded Range Modulator Sequence",
            when=("compare", 0x300A0340, 1, "!=", 0),
        ),
    ] = None
    """Recorded Range Modulator Sequence (3008,00F6): Type 1C, VR SQ, VM 1. Required if Number of Range Modulators (300A,0340) is non-zero. Sequence of range modulators associated with Beam. Required if Number of Range Modulators (300A,0340) is non-zero. One or more Items shall be included in this Sequence."""

    PatientSupportType: Annotated[
        _PatientSupportTypeTerm | vr.CS,
        Attribute(0x300A0350, "CS", "1", "1", name="Patient Support Type"),
    ]
    """Patient Support Type (300A,0350): Type 1, VR CS, VM 1. Defined Terms: TABLE Treatment delivery system table CHAIR Treatment delivery system chair See Section C.8.8.25.6.3."""

    PatientSupportID: Annotated[
        vr.SH | None, Attribute(0x300A0352, "SH", "1", "3", name="Patient Support ID")
    ] = None
    """Patient Support ID (300A,0352): Type 3, VR SH, VM 1. User-specified identifier for manufacturer specific patient support devices."""

    PatientSupportAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0354, "LO", "1", "3", name="Patient Support Accessory Code")
    ] = None
    """Patient Support Accessory Code (300A,0354): Type 3, VR LO, VM 1. A Patient Support accessory identifier to be read by a device such as a bar code reader."""

    FixationLightAzimuthalAngle: Annotated[
        vr.FL | None, Attribute(0x300A0356, "FL", "1", "3", name="Fixation Light Azimuthal Angle")
    ] = None
    """Fixation Light Azimuthal Angle (300A,0356): Type 3, VR FL, VM 1. Azimuthal angle (degrees) of the fixation light coordinate around IEC PATIENT SUPPORT Y-axis. Used for eye treatments. See Section C.8.8.25.6.4."""

    FixationLightPolarAngle: Annotated[
        vr.FL | None, Attribute(0x300A0358, "FL", "1", "3", name="Fixation Light Polar Angle")
    ] = None
    """Fixation Light Polar Angle (300A,0358): Type 3, VR FL, VM 1. Polar angle (degrees) of the fixation light coordinate. Used for eye treatments. See Section C.8.8.25.6.4."""

    FixationEye: Annotated[
        _FixationEyeValue | None,
        Attribute(0x300A0150, "CS", "1", "3", name="Fixation Eye", enumerated=((0, ("L", "R")),)),
    ] = None
    """Fixation Eye (300A,0150): Type 3, VR CS, VM 1. The eye used for fixation. Enumerated Values: L left eye R right eye"""

    CurrentFractionNumber: Annotated[
        vr.IS | None, Attribute(0x30080022, "IS", "1", "2", name="Current Fraction Number")
    ]
    """Current Fraction Number (3008,0022): Type 2, VR IS, VM 1. Fraction number for this beam administration."""

    TreatmentDeliveryType: Annotated[
        _TreatmentDeliveryTypeTermRTBeamsSessionRecord | vr.CS | None,
        Attribute(0x300A00CE, "CS", "1", "2", name="Treatment Delivery Type"),
    ]
    """Treatment Delivery Type (300A,00CE): Type 2, VR CS, VM 1. Delivery Type of treatment. Defined Terms: TREATMENT normal patient treatment OPEN_PORTFILM portal image acquisition with open field (the source of radiation is specified by Radiation Type (300A,00C6)) TRMT_PORTFILM portal image acquisition..."""

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
    """RT Treatment Termination Reason Code Sequence (300A,0715): Type 3, VR SQ, VM 1. Identifies the reason why the current treatment beam has terminated. Expected if the Treatment Termination Status (3008,002A) is not NORMAL. One or more items are permitted in this Sequence. See Note 2."""

    MachineSpecificTreatmentTerminationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0716, "SQ", "1", "3", name="Machine-Specific Treatment Termination Code Sequence"
        ),
    ] = None
    """Machine-Specific Treatment Termination Code Sequence (300A,0716): Type 3, VR SQ, VM 1. Machine-specific termination codes. Expected if the RT Treatment Termination Reason Code is (110501, DCM, \"Equipment failure\"). One or more Items are permitted in this Sequence. See Note 2."""

    TreatmentTerminationDescription: Annotated[
        vr.ST | None,
        Attribute(0x300A0730, "ST", "1", "3", name="Treatment Termination Description"),
    ] = None
    """Treatment Termination Description (300A,0730): Type 3, VR ST, VM 1. A user-readable description for an abnormal termination. See Note 2."""

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
    """Specified Primary Meterset (3008,0032): Type 3, VR DS, VM 1. Desired machine setting of primary Meterset in units specified by Primary Dosimeter Unit (300A,00B3). See Section C.8.8.26.1."""

    SpecifiedSecondaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080033, "DS", "1", "3", name="Specified Secondary Meterset")
    ] = None
    """Specified Secondary Meterset (3008,0033): Type 3, VR DS, VM 1. Desired machine setting of secondary Meterset. See Section C.8.8.26.1."""

    DeliveredPrimaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080036, "DS", "1", "3", name="Delivered Primary Meterset")
    ] = None
    """Delivered Primary Meterset (3008,0036): Type 3, VR DS, VM 1. Machine setting actually delivered as recorded by primary Meterset in units specified by Primary Dosimeter Unit (300A,00B3). See Section C.8.8.26.1."""

    DeliveredSecondaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080037, "DS", "1", "3", name="Delivered Secondary Meterset")
    ] = None
    """Delivered Secondary Meterset (3008,0037): Type 3, VR DS, VM 1. Machine setting actually delivered as recorded by secondary Meterset. See Section C.8.8.26.1."""

    SpecifiedTreatmentTime: Annotated[
        vr.DS | None, Attribute(0x3008003A, "DS", "1", "3", name="Specified Treatment Time")
    ] = None
    """Specified Treatment Time (3008,003A): Type 3, VR DS, VM 1. Treatment Time set (sec)."""

    DeliveredTreatmentTime: Annotated[
        vr.DS | None, Attribute(0x3008003B, "DS", "1", "3", name="Delivered Treatment Time")
    ] = None
    """Delivered Treatment Time (3008,003B): Type 3, VR DS, VM 1. Treatment Time actually delivered (sec)."""

    DeliveredDepthDoseParametersSequence: Annotated[
        list[_DeliveredDepthDoseParametersSequenceItem] | None,
        Attribute(0x300A0506, "SQ", "1", "3", name="Delivered Depth Dose Parameters Sequence"),
    ] = None
    """Delivered Depth Dose Parameters Sequence (300A,0506): Type 3, VR SQ, VM 1. Set of parameters describing the depth dose distribution. Only a single Item is permitted in this Sequence."""

    NumberOfControlPoints: Annotated[
        vr.IS, Attribute(0x300A0110, "IS", "1", "1", name="Number of Control Points")
    ]
    """Number of Control Points (300A,0110): Type 1, VR IS, VM 1. Number of control points in Beam."""

    IonControlPointDeliverySequence: Annotated[
        list[_IonControlPointDeliverySequenceItem],
        Attribute(0x30080041, "SQ", "1", "1", name="Ion Control Point Delivery Sequence"),
    ]
    """Ion Control Point Delivery Sequence (3008,0041): Type 1, VR SQ, VM 1. Sequence of beam control points for current ion treatment beam. One or more Items shall be included in this Sequence. The number of Items shall be identical to the value of Number of Control Points (300A,0110). See Section C.8.8.21.1."""

    InterlockSequence: Annotated[
        list[_InterlockItem] | None,
        Attribute(0x300A0740, "SQ", "1", "3", name="Interlock Sequence"),
    ] = None
    """Interlock Sequence (300A,0740): Type 3, VR SQ, VM 1. Interlocks that occurred prior, during or after the delivery of radiation of this beam. One or more Items are permitted in this Sequence."""


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
