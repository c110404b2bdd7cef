"""Item class AcquisitionTaskSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionMethodTerm as AcquisitionMethodTerm
from dicomodel.enums import AcquisitionSignalTypeTerm as AcquisitionSignalTypeTerm
from dicomodel.enums import ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag
from dicomodel.enums import (
    ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
)
from dicomodel.enums import ConstraintType as ConstraintType
from dicomodel.enums import ConstraintViolationSignificance as ConstraintViolationSignificance
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DetectorPositioningType as DetectorPositioningType
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import ImagingApertureSpecificationType as ImagingApertureSpecificationType
from dicomodel.enums import (
    ImagingSourceLocationSpecificationType as ImagingSourceLocationSpecificationType,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import (
    PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
)
from dicomodel.enums import RadiationMode as RadiationMode
from dicomodel.enums import ScanArcType as ScanArcType
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import AcquisitionSubtaskSequenceItem as AcquisitionSubtaskSequenceItem
from dicomodel.items import AcquisitionTaskSequenceItem as AcquisitionTaskSequenceItem
from dicomodel.items import (
    AdditionalRTAccessoryDeviceSequenceItem as AdditionalRTAccessoryDeviceSequenceItem,
)
from dicomodel.items import (
    AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items import AttributeValueConstraintItem as ParametersSpecificationSequenceItem
from dicomodel.items import AttributeValueItem as ConstraintValueSequenceItem
from dicomodel.items import AttributeValueItem as RecommendedDefaultValueSequenceItem
from dicomodel.items import BeamSequenceItem as BeamSequenceItem
from dicomodel.items import CodeSequenceItem as AcquisitionTaskWorkitemCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeliveryRateUnitSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DisplacementReferenceLocationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EnergyDerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EnergyUnitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientOrientationModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PositionAcquisitionTemplateCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTDeviceDistanceReferenceLocationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationDosimeterUnitSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import CodeSequenceItem as SubtaskWorkitemCodeSequenceItem
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
)
from dicomodel.items import ContentItem as AcquisitionInitiationSequenceItem
from dicomodel.items import ContentItem as DevicePositionParameterSequenceItem
from dicomodel.items import ContentItem as DeviceSpecificAcquisitionParameterSequenceItem
from dicomodel.items import (
    ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
)
from dicomodel.items import (
    DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
)
from dicomodel.items import DeviceIdentificationItem as XRayFilterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
)
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    ImagingDeviceLocationParameterSequenceItem as ImagingDeviceLocationParameterSequenceItem,
)
from dicomodel.items import (
    KVRadiationImageAcquisitionParametersItem as KVImagingGenerationParametersSequenceItem,
)
from dicomodel.items import (
    MatrixBasedRTImagingGeometryItem as ImagingDeviceLocationMatrixSequenceItem,
)
from dicomodel.items import (
    MVRadiationImageAcquisitionParametersItem as MVImagingGenerationParametersSequenceItem,
)
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import ParameterizedRTImagingGeometryItem as ScanStartPositionSequenceItem
from dicomodel.items import ParameterizedRTImagingGeometryItem as ScanStopPositionSequenceItem
from dicomodel.items import (
    PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
)
from dicomodel.items import PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem
from dicomodel.items import (
    PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
)
from dicomodel.items import PatientSupportPositionItem as PatientSupportDisplacementSequenceItem
from dicomodel.items import PatientSupportPositionItem as PatientSupportPositionSequenceItem
from dicomodel.items import (
    PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
)
from dicomodel.items import PatientToEquipmentRelationshipItem as RTPatientPositionSequenceItem
from dicomodel.items import (
    PositionAcquisitionTemplateIdentificationSequenceItem as PositionAcquisitionTemplateIdentificationSequenceItem,
)
from dicomodel.items import (
    ProjectionImagingAcquisitionParameterSequenceItem as ProjectionImagingAcquisitionParameterSequenceItem,
)
from dicomodel.items import RadiationGenerationModeItem as RadiationGenerationModeSequenceItem
from dicomodel.items import (
    ReferencedBaselineParametersRTRadiationInstanceSequenceItem as ReferencedBaselineParametersRTRadiationInstanceSequenceItem,
)
from dicomodel.items import ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem
from dicomodel.items import (
    ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
)
from dicomodel.items import (
    ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import ReferencedStudySequenceItem as ReferencedStudySequenceItem
from dicomodel.items import (
    RelatedInformationEntitiesItem as ReferencedPositionReferenceInstanceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
)
from dicomodel.items import RTBeamLimitingDeviceOpeningSequenceItem as ImagingApertureSequenceItem
from dicomodel.items import (
    RTPatientPositionDisplacementSequenceItem as RTPatientPositionDisplacementSequenceItem,
)
from dicomodel.items import RTPatientPositionItem as RTAcquisitionPatientPositionSequenceItem
from dicomodel.items import (
    RTPatientPositionScopeWithLegacySupportItem as AcquisitionTaskApplicabilitySequenceItem,
)
from dicomodel.items import (
    SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem
from dicomodel.items import SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem
from dicomodel.items import (
    ThreeDRTConeBeamImagingGeometryItem as CTImagingAcquisitionParameterSequenceItem,
)
from dicomodel.items import TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem

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
