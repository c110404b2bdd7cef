"""Item class ContentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContinuityOfContent as ContinuityOfContent
from dicomodel.enums import GraphicType as GraphicType
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PixelOriginInterpretation as PixelOriginInterpretation
from dicomodel.enums import RelationshipType as RelationshipType
from dicomodel.enums import SelectorAttributeVR as SelectorAttributeVR
from dicomodel.enums import TemporalRangeType as TemporalRangeType
from dicomodel.enums import ValueTypeDocumentContent as ValueType
from dicomodel.items import CellValuesSequenceItemDocumentRelationship as CellValuesSequenceItem
from dicomodel.items import CodeSequenceItemDocumentRelationship as ConceptNameCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship2 as MeasurementUnitsCodeSequenceItem,
)
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship2 as NumericValueQualifierCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItemDocumentRelationship3 as ConceptCodeSequenceItem
from dicomodel.items import ContentSequenceItem as ContentSequenceItem
from dicomodel.items import (
    ContentTemplateSequenceItemDocumentRelationship as ContentTemplateSequenceItem,
)
from dicomodel.items import (
    MeasuredValueSequenceItemDocumentRelationship as MeasuredValueSequenceItem,
)
from dicomodel.items import (
    SOPInstanceReferenceItemDocumentRelationship as ReferencedSOPSequenceItem,
)
from dicomodel.items import (
    TableColumnDefinitionSequenceItemDocumentRelationship as TableColumnDefinitionSequenceItem,
)
from dicomodel.items import (
    TableRowDefinitionSequenceItemDocumentRelationship as TableRowDefinitionSequenceItem,
)
from dicomodel.items import (
    TabulatedValuesSequenceItemDocumentRelationship as TabulatedValuesSequenceItem,
)

__all__ = [
    "CellValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentSequenceItem",
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
