"""Item class WaveformSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    ImpedanceMeasurementCurrentTypeTerm as ImpedanceMeasurementCurrentTypeTerm,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import WaveformAmplifierType as WaveformAmplifierType
from dicomodel.enums import WaveformFilterType as WaveformFilterType
from dicomodel.enums import WaveformOriginality as WaveformOriginality
from dicomodel.enums import WaveformSampleInterpretationTerm as WaveformSampleInterpretationTerm
from dicomodel.items import (
    AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
)
from dicomodel.items import ChannelDefinitionSequenceItem as ChannelDefinitionSequenceItem
from dicomodel.items import ChannelImpedanceSequenceItem as ChannelImpedanceSequenceItem
from dicomodel.items import CodeSequenceItem as AnalogFilterTypeItem
from dicomodel.items import CodeSequenceItem as ChannelSensitivityUnitsSequenceItem
from dicomodel.items import CodeSequenceItem as ChannelSourceModifiersSequenceItem
from dicomodel.items import CodeSequenceItem as ChannelSourceSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalFilterTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as FrequencyEncodingCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MagnitudeEncodingCodeSequenceItem
from dicomodel.items import (
    DigitalFilterCharacteristicsSequenceItem as DigitalFilterCharacteristicsSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import SourceWaveformSequenceItem as SourceWaveformSequenceItem
from dicomodel.items import (
    WaveformFilterCharacteristicsItem as FilterHighFrequencyCharacteristicsSequenceItem,
)
from dicomodel.items import (
    WaveformFilterCharacteristicsItem as FilterLowFrequencyCharacteristicsSequenceItem,
)
from dicomodel.items import (
    WaveformFilterCharacteristicsItem as NotchFilterCharacteristicsSequenceItem,
)
from dicomodel.items import WaveformFilterLookupTableItem as FilterLookupTableSequenceItem
from dicomodel.items import WaveformFilterLookupTableItem as SummarizedFilterLookupTableItem
from dicomodel.items import WaveformSequenceItem as WaveformSequenceItem

__all__ = [
    "AnalogFilterCharacteristicsSequenceItem",
    "AnalogFilterTypeItem",
    "ChannelDefinitionSequenceItem",
    "ChannelImpedanceSequenceItem",
    "ChannelSensitivityUnitsSequenceItem",
    "ChannelSourceModifiersSequenceItem",
    "ChannelSourceSequenceItem",
    "ContextGroupExtensionFlag",
    "DigitalFilterCharacteristicsSequenceItem",
    "DigitalFilterTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "FilterHighFrequencyCharacteristicsSequenceItem",
    "FilterLookupTableSequenceItem",
    "FilterLowFrequencyCharacteristicsSequenceItem",
    "FrequencyEncodingCodeSequenceItem",
    "ImpedanceMeasurementCurrentTypeTerm",
    "MagnitudeEncodingCodeSequenceItem",
    "MappingResourceTerm",
    "NotchFilterCharacteristicsSequenceItem",
    "SourceWaveformSequenceItem",
    "SummarizedFilterLookupTableItem",
    "WaveformAmplifierType",
    "WaveformFilterType",
    "WaveformOriginality",
    "WaveformSampleInterpretationTerm",
    "WaveformSequenceItem",
]
