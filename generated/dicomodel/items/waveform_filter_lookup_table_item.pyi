"""Item class WaveformFilterLookupTableItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as FrequencyEncodingCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MagnitudeEncodingCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import WaveformFilterLookupTableItem as WaveformFilterLookupTableItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FrequencyEncodingCodeSequenceItem",
    "MagnitudeEncodingCodeSequenceItem",
    "MappingResourceTerm",
    "WaveformFilterLookupTableItem",
]
