"""Item class AcquisitionTaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.acquisition_subtask_sequence_item import (
        AcquisitionSubtaskSequenceItem as _AcquisitionSubtaskSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as _RTPatientPositionItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as _RTPatientPositionScopeWithLegacySupportItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionSubtaskSequenceItem = Lazy(
        "dicomodel.items.acquisition_subtask_sequence_item", "AcquisitionSubtaskSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _RTPatientPositionItem = Lazy(
        "dicomodel.items.rt_patient_position_item", "RTPatientPositionItem"
    )
    _RTPatientPositionScopeWithLegacySupportItem = Lazy(
        "dicomodel.items.rt_patient_position_scope_with_legacy_support_item",
        "RTPatientPositionScopeWithLegacySupportItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_method import AcquisitionMethodTerm as AcquisitionMethodTerm
    from dicomodel.enums.acquisition_signal_type import (
        AcquisitionSignalTypeTerm as AcquisitionSignalTypeTerm,
    )
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
    )
    from dicomodel.enums.constraint_type import ConstraintType as ConstraintType
    from dicomodel.enums.constraint_violation_significance import (
        ConstraintViolationSignificance as ConstraintViolationSignificance,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.detector_positioning_type import (
        DetectorPositioningType as DetectorPositioningType,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.imaging_aperture_specification_type import (
        ImagingApertureSpecificationType as ImagingApertureSpecificationType,
    )
    from dicomodel.enums.imaging_source_location_specification_type import (
        ImagingSourceLocationSpecificationType as ImagingSourceLocationSpecificationType,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
    )
    from dicomodel.enums.radiation_mode import RadiationMode as RadiationMode
    from dicomodel.enums.scan_arc_type import ScanArcType as ScanArcType
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.acquisition_subtask_sequence_item import (
        AcquisitionSubtaskSequenceItem as AcquisitionSubtaskSequenceItem,
    )
    from dicomodel.items.additional_rt_accessory_device_sequence_item import (
        AdditionalRTAccessoryDeviceSequenceItem as AdditionalRTAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as ParametersSpecificationSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as ConstraintValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as RecommendedDefaultValueSequenceItem,
    )
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as BeamSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcquisitionTaskWorkitemCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeliveryRateUnitSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DisplacementReferenceLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EnergyDerivationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EnergyUnitCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PositionAcquisitionTemplateCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTDeviceDistanceReferenceLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationDosimeterUnitSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadiationTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SubtaskWorkitemCodeSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as AcquisitionInitiationSequenceItem
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as DeviceSpecificAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as XRayFilterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.imaging_device_location_parameter_sequence_item import (
        ImagingDeviceLocationParameterSequenceItem as ImagingDeviceLocationParameterSequenceItem,
    )
    from dicomodel.items.kv_radiation_image_acquisition_parameters_item import (
        KVRadiationImageAcquisitionParametersItem as KVImagingGenerationParametersSequenceItem,
    )
    from dicomodel.items.matrix_based_rt_imaging_geometry_item import (
        MatrixBasedRTImagingGeometryItem as ImagingDeviceLocationMatrixSequenceItem,
    )
    from dicomodel.items.mv_radiation_image_acquisition_parameters_item import (
        MVRadiationImageAcquisitionParametersItem as MVImagingGenerationParametersSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ScanStartPositionSequenceItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ScanStopPositionSequenceItem,
    )
    from dicomodel.items.patient_location_coordinates_sequence_item import (
        PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item import (
        PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_parameter_sequence_item import (
        PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportDisplacementSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportPositionSequenceItem,
    )
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_item import (
        PatientToEquipmentRelationshipItem as RTPatientPositionSequenceItem,
    )
    from dicomodel.items.position_acquisition_template_identification_sequence_item import (
        PositionAcquisitionTemplateIdentificationSequenceItem as PositionAcquisitionTemplateIdentificationSequenceItem,
    )
    from dicomodel.items.projection_imaging_acquisition_parameter_sequence_item import (
        ProjectionImagingAcquisitionParameterSequenceItem as ProjectionImagingAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.radiation_generation_mode_item import (
        RadiationGenerationModeItem as RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item import (
        ReferencedBaselineParametersRTRadiationInstanceSequenceItem as ReferencedBaselineParametersRTRadiationInstanceSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item import (
        ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_rt_radiation_set_sequence_item import (
        ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_related_information_entities import (
        ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.referenced_study_sequence_item import (
        ReferencedStudySequenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as ReferencedPositionReferenceInstanceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
        RTBeamLimitingDeviceOpeningSequenceItem as ImagingApertureSequenceItem,
    )
    from dicomodel.items.rt_patient_position_displacement_sequence_item import (
        RTPatientPositionDisplacementSequenceItem as RTPatientPositionDisplacementSequenceItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as RTAcquisitionPatientPositionSequenceItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as AcquisitionTaskApplicabilitySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.three_drt_cone_beam_imaging_geometry_item import (
        ThreeDRTConeBeamImagingGeometryItem as CTImagingAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item import (
        TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "AcquisitionInitiationSequenceItem",
    "AcquisitionMethodTerm",
    "AcquisitionSignalTypeTerm",
    "AcquisitionSubtaskSequenceItem",
    "AcquisitionTaskApplicabilitySequenceItem",
    "AcquisitionTaskSequenceItem",
    "AcquisitionTaskWorkitemCodeSequenceItem",
    "AdditionalRTAccessoryDeviceSequenceItem",
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "BeamSequenceItem",
    "CTImagingAcquisitionParameterSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "DerivationConceptualVolumeSequenceItem",
    "DetectorPositioningType",
    "DeviceAlternateIdentifierTypeTerm",
    "DevicePositionParameterSequenceItem",
    "DeviceSpecificAcquisitionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "DisplacementReferenceLocationCodeSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "ImagingApertureSequenceItem",
    "ImagingApertureSpecificationType",
    "ImagingDeviceLocationMatrixSequenceItem",
    "ImagingDeviceLocationParameterSequenceItem",
    "ImagingSourceLocationSpecificationType",
    "KVImagingGenerationParametersSequenceItem",
    "MVImagingGenerationParametersSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "OutlineShapeType",
    "ParametersSpecificationSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientSupportDisplacementSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PositionAcquisitionTemplateCodeSequenceItem",
    "PositionAcquisitionTemplateIdentificationSequenceItem",
    "ProjectionImagingAcquisitionParameterSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RTAcquisitionPatientPositionSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "RTDeviceDistanceReferenceLocationCodeSequenceItem",
    "RTPatientPositionDisplacementSequenceItem",
    "RTPatientPositionSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationMode",
    "RadiationTypeCodeSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "ReferencedBaselineParametersRTRadiationInstanceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPositionReferenceInstanceSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "ScanArcType",
    "ScanStartPositionSequenceItem",
    "ScanStopPositionSequenceItem",
    "SelectorCodeSequenceValueItem",
    "SourceConceptualVolumeSequenceItem",
    "SubtaskWorkitemCodeSequenceItem",
    "TreatmentPositionGroupSequenceItem",
    "UDISequenceItem",
    "ValueType",
    "XRayFilterSequenceItem",
]


class AcquisitionTaskSequenceItem(DicomModel):
    """An item of Acquisition Task Sequence (3002,0118), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Acquisition Task Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    AcquisitionTaskIndex: Annotated[
        vr.US, Attribute(0x3002011C, "US", "1", "1", name="Acquisition Task Index")
    ]
    """Acquisition Task Index (3002,011C): Type 1, VR US, VM 1. Index of this acquisition task in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    AcquisitionTaskWorkitemCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x30020119, "SQ", "1", "1", name="Acquisition Task Workitem Code Sequence"),
    ]
    """Acquisition Task Workitem Code Sequence (3002,0119): Type 1, VR SQ, VM 1. The Workitem code of the acquisition task. Only a single Item shall be included in this Sequence."""

    AcquisitionTaskApplicabilitySequence: Annotated[
        list[_RTPatientPositionScopeWithLegacySupportItem] | None,
        Attribute(
            0x30020124,
            "SQ",
            "1",
            "1C",
            name="Acquisition Task Applicability Sequence",
            when=("unknown", "depends on what is known to the creator"),
        ),
    ] = None
    """Acquisition Task Applicability Sequence (3002,0124): Type 1C, VR SQ, VM 1. Required if RT Radiation Set, RT Radiation Instances or Treatment Position Groups exist whose treatment position is guided by this acquisition task. The RT Radiation Set, RT Radiation Instances or the Treatment Position Groups to which the acquisition task is applicable."""

    RTAcquisitionPatientPositionSequence: Annotated[
        list[_RTPatientPositionItem] | None,
        Attribute(0x30020108, "SQ", "1", "2", name="RT Acquisition Patient Position Sequence"),
    ]
    """RT Acquisition Patient Position Sequence (3002,0108): Type 2, VR SQ, VM 1. The position of the patient when performing this acquisition task. Only a single Item shall be included in this Sequence."""

    AcquisitionSubtaskSequence: Annotated[
        list[_AcquisitionSubtaskSequenceItem],
        Attribute(0x3002011A, "SQ", "1", "1", name="Acquisition Subtask Sequence"),
    ]
    """Acquisition Subtask Sequence (3002,011A): Type 1, VR SQ, VM 1. The types and details of acquisitions which are part of the acquisition task. One or more Items shall be included in this Sequence. The number of Items shall be as defined in C.36.29.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionInitiationSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "AcquisitionMethodTerm": ("dicomodel.enums.acquisition_method", "AcquisitionMethodTerm"),
    "AcquisitionSignalTypeTerm": (
        "dicomodel.enums.acquisition_signal_type",
        "AcquisitionSignalTypeTerm",
    ),
    "AcquisitionSubtaskSequenceItem": (
        "dicomodel.items.acquisition_subtask_sequence_item",
        "AcquisitionSubtaskSequenceItem",
    ),
    "AcquisitionTaskApplicabilitySequenceItem": (
        "dicomodel.items.rt_patient_position_scope_with_legacy_support_item",
        "RTPatientPositionScopeWithLegacySupportItem",
    ),
    "AcquisitionTaskWorkitemCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AdditionalRTAccessoryDeviceSequenceItem": (
        "dicomodel.items.additional_rt_accessory_device_sequence_item",
        "AdditionalRTAccessoryDeviceSequenceItem",
    ),
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
    "CTImagingAcquisitionParameterSequenceItem": (
        "dicomodel.items.three_drt_cone_beam_imaging_geometry_item",
        "ThreeDRTConeBeamImagingGeometryItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptualVolumeCombinationFlag": (
        "dicomodel.enums.conceptual_volume_combination_flag",
        "ConceptualVolumeCombinationFlag",
    ),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeConstituentSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_sequence_item",
        "ConceptualVolumeConstituentSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ConceptualVolumeSegmentationDefinedFlag": (
        "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
        "ConceptualVolumeSegmentationDefinedFlag",
    ),
    "ConceptualVolumeSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeSequenceItem": (
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    ),
    "ConstraintType": ("dicomodel.enums.constraint_type", "ConstraintType"),
    "ConstraintValueSequenceItem": ("dicomodel.items.attribute_value_item", "AttributeValueItem"),
    "ConstraintViolationSignificance": (
        "dicomodel.enums.constraint_violation_significance",
        "ConstraintViolationSignificance",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeliveryRateUnitSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "DetectorPositioningType": (
        "dicomodel.enums.detector_positioning_type",
        "DetectorPositioningType",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DevicePositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "DeviceSpecificAcquisitionParameterSequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DisplacementReferenceLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EnergyDerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnergyUnitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentConceptualVolumesSequenceItem": (
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    ),
    "ImagingApertureSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_sequence_item",
        "RTBeamLimitingDeviceOpeningSequenceItem",
    ),
    "ImagingApertureSpecificationType": (
        "dicomodel.enums.imaging_aperture_specification_type",
        "ImagingApertureSpecificationType",
    ),
    "ImagingDeviceLocationMatrixSequenceItem": (
        "dicomodel.items.matrix_based_rt_imaging_geometry_item",
        "MatrixBasedRTImagingGeometryItem",
    ),
    "ImagingDeviceLocationParameterSequenceItem": (
        "dicomodel.items.imaging_device_location_parameter_sequence_item",
        "ImagingDeviceLocationParameterSequenceItem",
    ),
    "ImagingSourceLocationSpecificationType": (
        "dicomodel.enums.imaging_source_location_specification_type",
        "ImagingSourceLocationSpecificationType",
    ),
    "KVImagingGenerationParametersSequenceItem": (
        "dicomodel.items.kv_radiation_image_acquisition_parameters_item",
        "KVRadiationImageAcquisitionParametersItem",
    ),
    "MVImagingGenerationParametersSequenceItem": (
        "dicomodel.items.mv_radiation_image_acquisition_parameters_item",
        "MVRadiationImageAcquisitionParametersItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "ParametersSpecificationSequenceItem": (
        "dicomodel.items.attribute_value_constraint_item",
        "AttributeValueConstraintItem",
    ),
    "PatientEquipmentRelationshipCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientLocationCoordinatesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientLocationCoordinatesSequenceItem": (
        "dicomodel.items.patient_location_coordinates_sequence_item",
        "PatientLocationCoordinatesSequenceItem",
    ),
    "PatientOrientationCodeSequenceItem": (
        "dicomodel.items.patient_orientation_code_sequence_item",
        "PatientOrientationCodeSequenceItem",
    ),
    "PatientOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientSupportDisplacementSequenceItem": (
        "dicomodel.items.patient_support_position_item",
        "PatientSupportPositionItem",
    ),
    "PatientSupportPositionDeviceParameterSequenceItem": (
        "dicomodel.items.patient_support_position_device_parameter_sequence_item",
        "PatientSupportPositionDeviceParameterSequenceItem",
    ),
    "PatientSupportPositionParameterSequenceItem": (
        "dicomodel.items.patient_support_position_parameter_sequence_item",
        "PatientSupportPositionParameterSequenceItem",
    ),
    "PatientSupportPositionSequenceItem": (
        "dicomodel.items.patient_support_position_item",
        "PatientSupportPositionItem",
    ),
    "PatientSupportPositionSpecificationMethod": (
        "dicomodel.enums.patient_support_position_specification_method",
        "PatientSupportPositionSpecificationMethod",
    ),
    "PositionAcquisitionTemplateCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PositionAcquisitionTemplateIdentificationSequenceItem": (
        "dicomodel.items.position_acquisition_template_identification_sequence_item",
        "PositionAcquisitionTemplateIdentificationSequenceItem",
    ),
    "ProjectionImagingAcquisitionParameterSequenceItem": (
        "dicomodel.items.projection_imaging_acquisition_parameter_sequence_item",
        "ProjectionImagingAcquisitionParameterSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTAcquisitionPatientPositionSequenceItem": (
        "dicomodel.items.rt_patient_position_item",
        "RTPatientPositionItem",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "RTDeviceDistanceReferenceLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTPatientPositionDisplacementSequenceItem": (
        "dicomodel.items.rt_patient_position_displacement_sequence_item",
        "RTPatientPositionDisplacementSequenceItem",
    ),
    "RTPatientPositionSequenceItem": (
        "dicomodel.items.patient_to_equipment_relationship_item",
        "PatientToEquipmentRelationshipItem",
    ),
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "RadiationDosimeterUnitSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationFluenceModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationGenerationModeMachineCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationGenerationModeSequenceItem": (
        "dicomodel.items.radiation_generation_mode_item",
        "RadiationGenerationModeItem",
    ),
    "RadiationMode": ("dicomodel.enums.radiation_mode", "RadiationMode"),
    "RadiationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RecommendedDefaultValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "ReferencedBaselineParametersRTRadiationInstanceSequenceItem": (
        "dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item",
        "ReferencedBaselineParametersRTRadiationInstanceSequenceItem",
    ),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedPositionReferenceInstanceSequenceItem": (
        "dicomodel.items.related_information_entities_item",
        "RelatedInformationEntitiesItem",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.referenced_rt_plan_sequence_item",
        "ReferencedRTPlanSequenceItem",
    ),
    "ReferencedRTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationSetSequenceItem": (
        "dicomodel.items.referenced_rt_radiation_set_sequence_item",
        "ReferencedRTRadiationSetSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_related_information_entities",
        "ReferencedSeriesSequenceItemRelatedInformationEntities",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.referenced_study_sequence_item",
        "ReferencedStudySequenceItem",
    ),
    "ScanArcType": ("dicomodel.enums.scan_arc_type", "ScanArcType"),
    "ScanStartPositionSequenceItem": (
        "dicomodel.items.parameterized_rt_imaging_geometry_item",
        "ParameterizedRTImagingGeometryItem",
    ),
    "ScanStopPositionSequenceItem": (
        "dicomodel.items.parameterized_rt_imaging_geometry_item",
        "ParameterizedRTImagingGeometryItem",
    ),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "SubtaskWorkitemCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "TreatmentPositionGroupSequenceItem": (
        "dicomodel.items.treatment_position_group_sequence_item",
        "TreatmentPositionGroupSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "XRayFilterSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
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
