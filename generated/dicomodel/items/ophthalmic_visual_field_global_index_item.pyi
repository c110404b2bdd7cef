"""Item class OphthalmicVisualFieldGlobalIndexItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import IndexNormalsFlag as IndexNormalsFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import ContentItem as DataObservationSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import IndexProbabilitySequenceItem as IndexProbabilitySequenceItem
from dicomodel.items import (
    OphthalmicVisualFieldGlobalIndexItem as OphthalmicVisualFieldGlobalIndexItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DataObservationSequenceItem",
    "EquivalentCodeSequenceItem",
    "IndexNormalsFlag",
    "IndexProbabilitySequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicVisualFieldGlobalIndexItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
