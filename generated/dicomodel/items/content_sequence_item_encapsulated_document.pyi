"""Item class ContentSequenceItemEncapsulatedDocument.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContinuityOfContent as ContinuityOfContent
from dicomodel.enums import GraphicType as GraphicType
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PixelOriginInterpretation as PixelOriginInterpretation
from dicomodel.enums import RelationshipTypeEncapsulatedDocument as RelationshipType
from dicomodel.enums import SelectorAttributeVR as SelectorAttributeVR
from dicomodel.enums import TemporalRangeType as TemporalRangeType
from dicomodel.enums import ValueTypeDocumentContent as ValueType
from dicomodel.items import CellValuesSequenceItem as CellValuesSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent as NumericValueQualifierCodeSequenceItem
from dicomodel.items import CodeSequenceItemDocumentContent2 as ConceptCodeSequenceItem
from dicomodel.items import ContentSequenceItem as ContentSequenceItem
from dicomodel.items import (
    ContentSequenceItemEncapsulatedDocument as ContentSequenceItemEncapsulatedDocument,
)
from dicomodel.items import ContentTemplateSequenceItem as ContentTemplateSequenceItem
from dicomodel.items import MeasuredValueSequenceItem as MeasuredValueSequenceItem
from dicomodel.items import SOPInstanceReferenceItemDocumentContent as ReferencedSOPSequenceItem
from dicomodel.items import TableColumnDefinitionSequenceItem as TableColumnDefinitionSequenceItem
from dicomodel.items import TableRowDefinitionSequenceItem as TableRowDefinitionSequenceItem
from dicomodel.items import TabulatedValuesSequenceItem as TabulatedValuesSequenceItem

__all__ = [
    "CellValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentSequenceItem",
    "ContentSequenceItemEncapsulatedDocument",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "ContinuityOfContent",
    "GraphicType",
    "MappingResourceTerm",
    "MeasuredValueSequenceItem",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "PixelOriginInterpretation",
    "ReferencedSOPSequenceItem",
    "RelationshipType",
    "SelectorAttributeVR",
    "TableColumnDefinitionSequenceItem",
    "TableRowDefinitionSequenceItem",
    "TabulatedValuesSequenceItem",
    "TemporalRangeType",
    "ValueType",
]
