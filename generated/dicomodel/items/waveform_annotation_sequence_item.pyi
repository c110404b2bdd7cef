"""Item class WaveformAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import TemporalRangeType as TemporalRangeType
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ModifierCodeSequenceItem
from dicomodel.items import ConceptNameCodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import ConceptNameCodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import WaveformAnnotationSequenceItem as WaveformAnnotationSequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifierCodeSequenceItem",
    "TemporalRangeType",
    "WaveformAnnotationSequenceItem",
]
