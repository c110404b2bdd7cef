"""Item class ProjectionImagingAcquisitionParameterSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ImagingApertureSpecificationType as ImagingApertureSpecificationType
from dicomodel.enums import (
    ImagingSourceLocationSpecificationType as ImagingSourceLocationSpecificationType,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import ContentItem as DevicePositionParameterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ImagingDeviceLocationParameterSequenceItem as ImagingDeviceLocationParameterSequenceItem,
)
from dicomodel.items import (
    MatrixBasedRTImagingGeometryItem as ImagingDeviceLocationMatrixSequenceItem,
)
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import (
    ProjectionImagingAcquisitionParameterSequenceItem as ProjectionImagingAcquisitionParameterSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
)
from dicomodel.items import RTBeamLimitingDeviceOpeningSequenceItem as ImagingApertureSequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingApertureSequenceItem",
    "ImagingApertureSpecificationType",
    "ImagingDeviceLocationMatrixSequenceItem",
    "ImagingDeviceLocationParameterSequenceItem",
    "ImagingSourceLocationSpecificationType",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OutlineShapeType",
    "ProjectionImagingAcquisitionParameterSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
