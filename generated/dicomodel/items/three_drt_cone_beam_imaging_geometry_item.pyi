"""Item class ThreeDRTConeBeamImagingGeometryItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConstraintType as ConstraintType
from dicomodel.enums import ConstraintViolationSignificance as ConstraintViolationSignificance
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DetectorPositioningType as DetectorPositioningType
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ScanArcType as ScanArcType
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import AttributeValueConstraintItem as ParametersSpecificationSequenceItem
from dicomodel.items import AttributeValueItem as ConstraintValueSequenceItem
from dicomodel.items import AttributeValueItem as RecommendedDefaultValueSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import ContentItem as DevicePositionParameterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry as ImageReceptorPositionSequenceItem,
)
from dicomodel.items import (
    ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry as ImagingSourcePositionSequenceItem,
)
from dicomodel.items import ParameterizedRTImagingGeometryItem as ScanStartPositionSequenceItem
from dicomodel.items import ParameterizedRTImagingGeometryItem as ScanStopPositionSequenceItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    ThreeDRTConeBeamImagingGeometryItem as ThreeDRTConeBeamImagingGeometryItem,
)

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "DetectorPositioningType",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImageReceptorPositionSequenceItem",
    "ImagingSourcePositionSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ParametersSpecificationSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "ReferencedSOPSequenceItem",
    "ScanArcType",
    "ScanStartPositionSequenceItem",
    "ScanStopPositionSequenceItem",
    "SelectorCodeSequenceValueItem",
    "ThreeDRTConeBeamImagingGeometryItem",
    "ValueType",
]
