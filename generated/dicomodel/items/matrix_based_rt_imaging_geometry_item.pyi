"""Item class MatrixBasedRTImagingGeometryItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import ContentItem as DevicePositionParameterSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImagingSourcePositionSequenceItem as ImageReceptorPositionSequenceItem
from dicomodel.items import ImagingSourcePositionSequenceItem as ImagingSourcePositionSequenceItem
from dicomodel.items import MatrixBasedRTImagingGeometryItem as MatrixBasedRTImagingGeometryItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImageReceptorPositionSequenceItem",
    "ImagingSourcePositionSequenceItem",
    "MappingResourceTerm",
    "MatrixBasedRTImagingGeometryItem",
    "MeasurementUnitsCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
