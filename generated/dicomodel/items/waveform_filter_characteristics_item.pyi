"""Item class WaveformFilterCharacteristicsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import WaveformFilterType as WaveformFilterType
from dicomodel.items import (
    AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AnalogFilterTypeItem
from dicomodel.items import CodeSequenceItem as DigitalFilterTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as FrequencyEncodingCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MagnitudeEncodingCodeSequenceItem
from dicomodel.items import (
    DigitalFilterCharacteristicsSequenceItem as DigitalFilterCharacteristicsSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import WaveformFilterCharacteristicsItem as WaveformFilterCharacteristicsItem
from dicomodel.items import WaveformFilterLookupTableItem as FilterLookupTableSequenceItem

__all__ = [
    "AnalogFilterCharacteristicsSequenceItem",
    "AnalogFilterTypeItem",
    "ContextGroupExtensionFlag",
    "DigitalFilterCharacteristicsSequenceItem",
    "DigitalFilterTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "FilterLookupTableSequenceItem",
    "FrequencyEncodingCodeSequenceItem",
    "MagnitudeEncodingCodeSequenceItem",
    "MappingResourceTerm",
    "WaveformFilterCharacteristicsItem",
    "WaveformFilterType",
]
