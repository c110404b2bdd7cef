"""Item class AcquisitionSubtaskSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionMethodTerm as AcquisitionMethodTerm
from dicomodel.enums import AcquisitionSignalTypeTerm as AcquisitionSignalTypeTerm
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
from dicomodel.enums import RadiationMode as RadiationMode
from dicomodel.enums import ScanArcType as ScanArcType
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import AcquisitionSubtaskSequenceItem as AcquisitionSubtaskSequenceItem
from dicomodel.items import (
    AdditionalRTAccessoryDeviceSequenceItem as AdditionalRTAccessoryDeviceSequenceItem,
)
from dicomodel.items import AttributeValueConstraintItem as ParametersSpecificationSequenceItem
from dicomodel.items import AttributeValueItem as ConstraintValueSequenceItem
from dicomodel.items import AttributeValueItem as RecommendedDefaultValueSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeliveryRateUnitSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EnergyDerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EnergyUnitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PositionAcquisitionTemplateCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTDeviceDistanceReferenceLocationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationDosimeterUnitSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiationTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import CodeSequenceItem as SubtaskWorkitemCodeSequenceItem
from dicomodel.items import ContentItem as AcquisitionInitiationSequenceItem
from dicomodel.items import ContentItem as DevicePositionParameterSequenceItem
from dicomodel.items import ContentItem as DeviceSpecificAcquisitionParameterSequenceItem
from dicomodel.items import (
    ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
)
from dicomodel.items import DeviceIdentificationItem as XRayFilterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
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
    PositionAcquisitionTemplateIdentificationSequenceItem as PositionAcquisitionTemplateIdentificationSequenceItem,
)
from dicomodel.items import (
    ProjectionImagingAcquisitionParameterSequenceItem as ProjectionImagingAcquisitionParameterSequenceItem,
)
from dicomodel.items import RadiationGenerationModeItem as RadiationGenerationModeSequenceItem
from dicomodel.items import (
    ReferencedBaselineParametersRTRadiationInstanceSequenceItem as ReferencedBaselineParametersRTRadiationInstanceSequenceItem,
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
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import (
    ThreeDRTConeBeamImagingGeometryItem as CTImagingAcquisitionParameterSequenceItem,
)
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "AcquisitionInitiationSequenceItem",
    "AcquisitionMethodTerm",
    "AcquisitionSignalTypeTerm",
    "AcquisitionSubtaskSequenceItem",
    "AdditionalRTAccessoryDeviceSequenceItem",
    "CTImagingAcquisitionParameterSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "DetectorPositioningType",
    "DeviceAlternateIdentifierTypeTerm",
    "DevicePositionParameterSequenceItem",
    "DeviceSpecificAcquisitionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingApertureSequenceItem",
    "ImagingApertureSpecificationType",
    "ImagingDeviceLocationMatrixSequenceItem",
    "ImagingDeviceLocationParameterSequenceItem",
    "ImagingSourceLocationSpecificationType",
    "KVImagingGenerationParametersSequenceItem",
    "MVImagingGenerationParametersSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OutlineShapeType",
    "ParametersSpecificationSequenceItem",
    "PositionAcquisitionTemplateCodeSequenceItem",
    "PositionAcquisitionTemplateIdentificationSequenceItem",
    "ProjectionImagingAcquisitionParameterSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "RTDeviceDistanceReferenceLocationCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationMode",
    "RadiationTypeCodeSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "ReferencedBaselineParametersRTRadiationInstanceSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPositionReferenceInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "ScanArcType",
    "ScanStartPositionSequenceItem",
    "ScanStopPositionSequenceItem",
    "SelectorCodeSequenceValueItem",
    "SubtaskWorkitemCodeSequenceItem",
    "UDISequenceItem",
    "ValueType",
    "XRayFilterSequenceItem",
]
