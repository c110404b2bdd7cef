"""Item class WaveformSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.waveform_originality import (
        WaveformOriginalityValue as _WaveformOriginalityValue,
    )
    from dicomodel.enums.waveform_sample_interpretation import (
        WaveformSampleInterpretationTerm as _WaveformSampleInterpretationTerm,
    )
    from dicomodel.items.channel_definition_sequence_item import (
        ChannelDefinitionSequenceItem as _ChannelDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ChannelDefinitionSequenceItem = Lazy(
        "dicomodel.items.channel_definition_sequence_item", "ChannelDefinitionSequenceItem"
    )
    _WaveformOriginalityValue = Lazy(
        "dicomodel.enums.waveform_originality", "WaveformOriginalityValue"
    )
    _WaveformSampleInterpretationTerm = Lazy(
        "dicomodel.enums.waveform_sample_interpretation", "WaveformSampleInterpretationTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.impedance_measurement_current_type import (
        ImpedanceMeasurementCurrentTypeTerm as ImpedanceMeasurementCurrentTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.waveform_amplifier_type import (
        WaveformAmplifierType as WaveformAmplifierType,
    )
    from dicomodel.enums.waveform_filter_type import WaveformFilterType as WaveformFilterType
    from dicomodel.enums.waveform_originality import WaveformOriginality as WaveformOriginality
    from dicomodel.enums.waveform_sample_interpretation import (
        WaveformSampleInterpretationTerm as WaveformSampleInterpretationTerm,
    )
    from dicomodel.items.analog_filter_characteristics_sequence_item import (
        AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.channel_definition_sequence_item import (
        ChannelDefinitionSequenceItem as ChannelDefinitionSequenceItem,
    )
    from dicomodel.items.channel_impedance_sequence_item import (
        ChannelImpedanceSequenceItem as ChannelImpedanceSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnalogFilterTypeItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelSensitivityUnitsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelSourceModifiersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ChannelSourceSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalFilterTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FrequencyEncodingCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MagnitudeEncodingCodeSequenceItem,
    )
    from dicomodel.items.digital_filter_characteristics_sequence_item import (
        DigitalFilterCharacteristicsSequenceItem as DigitalFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.source_waveform_sequence_item import (
        SourceWaveformSequenceItem as SourceWaveformSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as FilterHighFrequencyCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as FilterLowFrequencyCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as NotchFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as FilterLookupTableSequenceItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as SummarizedFilterLookupTableItem,
    )

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


class WaveformSequenceItem(DicomModel):
    """An item of Waveform Sequence (5400,0100), as first defined in Waveform Module Attributes (C.10-9)."""

    dicom_name: ClassVar[str] = "Waveform Sequence"
    dicom_table: ClassVar[str] = "table_C.10-9"

    MultiplexGroupTimeOffset: Annotated[
        vr.DS | None,
        Attribute(
            0x00181068,
            "DS",
            "1",
            "1C",
            name="Multiplex Group Time Offset",
            when=("value", 0x00181800, 0, "in", ("Y",)),
            otherwise="may",
        ),
    ] = None
    """Multiplex Group Time Offset (0018,1068): Type 1C, VR DS, VM 1. Required if Acquisition Time Synchronized (0018,1800) value is Y; may be present otherwise. Offset time in milliseconds from a reference time (see Section C.10.9.1.1). Required if Acquisition Time Synchronized (0018,1800) value is Y; may be present otherwise."""

    TriggerTimeOffset: Annotated[
        vr.DS | None,
        Attribute(
            0x00181069,
            "DS",
            "1",
            "1C",
            name="Trigger Time Offset",
            when=("unknown", "depends on the synchronization of the acquisition"),
        ),
    ] = None
    """Trigger Time Offset (0018,1069): Type 1C, VR DS, VM 1. Required if waveform acquisition is synchronized to a trigger. Offset time in milliseconds from a synchronization trigger to the first sample of a waveform multiplex group. May be positive or negative. Required if waveform acquisition is synchronized to a trigger."""

    TriggerSamplePosition: Annotated[
        vr.UL | None, Attribute(0x0018106E, "UL", "1", "3", name="Trigger Sample Position")
    ] = None
    """Trigger Sample Position (0018,106E): Type 3, VR UL, VM 1. Sample number whose time corresponds to a synchronization trigger (see Section C.10.9.1.2)."""

    WaveformOriginality: Annotated[
        _WaveformOriginalityValue,
        Attribute(
            0x003A0004,
            "CS",
            "1",
            "1",
            name="Waveform Originality",
            enumerated=((0, ("ORIGINAL", "DERIVED")),),
        ),
    ]
    """Waveform Originality (003A,0004): Type 1, VR CS, VM 1. See Section C.10.9.1.3. Enumerated Values: ORIGINAL DERIVED"""

    NumberOfWaveformChannels: Annotated[
        vr.US, Attribute(0x003A0005, "US", "1", "1", name="Number of Waveform Channels")
    ]
    """Number of Waveform Channels (003A,0005): Type 1, VR US, VM 1. Number of channels for this multiplex group."""

    NumberOfWaveformSamples: Annotated[
        vr.UL, Attribute(0x003A0010, "UL", "1", "1", name="Number of Waveform Samples")
    ]
    """Number of Waveform Samples (003A,0010): Type 1, VR UL, VM 1. Number of samples per channel in this multiplex group."""

    SamplingFrequency: Annotated[
        vr.DS, Attribute(0x003A001A, "DS", "1", "1", name="Sampling Frequency")
    ]
    """Sampling Frequency (003A,001A): Type 1, VR DS, VM 1. Frequency in Hz."""

    MultiplexGroupLabel: Annotated[
        vr.SH | None, Attribute(0x003A0020, "SH", "1", "3", name="Multiplex Group Label")
    ] = None
    """Multiplex Group Label (003A,0020): Type 3, VR SH, VM 1. Label for multiplex group."""

    MultiplexGroupUID: Annotated[
        vr.UI | None,
        Attribute(
            0x003A0310,
            "UI",
            "1",
            "1C",
            name="Multiplex Group UID",
            when=(
                "unknown",
                "names no attribute: the same Multiplex Group is used in more than one SOP Instance",
            ),
            otherwise="may",
        ),
    ] = None
    """Multiplex Group UID (003A,0310): Type 1C, VR UI, VM 1. Required if the same Multiplex Group is used in more than one SOP Instance. May be present otherwise. Unique Identifier for the multiplex group. Required if the same Multiplex Group is used in more than one SOP Instance. May be present otherwise."""

    PowerlineFrequency: Annotated[
        vr.DS | None, Attribute(0x003A0311, "DS", "1", "3", name="Powerline Frequency")
    ] = None
    """Powerline Frequency (003A,0311): Type 3, VR DS, VM 1. Frequency of the power line in Hz."""

    ChannelDefinitionSequence: Annotated[
        list[_ChannelDefinitionSequenceItem],
        Attribute(0x003A0200, "SQ", "1", "1", name="Channel Definition Sequence"),
    ]
    """Channel Definition Sequence (003A,0200): Type 1, VR SQ, VM 1. Sequence of Items, with one Item per channel (see Section C.10.9.1.4). One or more Items shall be included in this Sequence. Ordering of Items in this Sequence is significant for reference to specific channels."""

    WaveformBitsAllocated: Annotated[
        vr.US, Attribute(0x54001004, "US", "1", "1", name="Waveform Bits Allocated")
    ]
    """Waveform Bits Allocated (5400,1004): Type 1, VR US, VM 1. Size of each waveform data sample within the Waveform Data; See Section C.10.9.1.5"""

    WaveformSampleInterpretation: Annotated[
        _WaveformSampleInterpretationTerm | vr.CS,
        Attribute(0x54001006, "CS", "1", "1", name="Waveform Sample Interpretation"),
    ]
    """Waveform Sample Interpretation (5400,1006): Type 1, VR CS, VM 1. Data representation of the waveform data points. See Section C.10.9.1.5."""

    WaveformPaddingValue: Annotated[
        vr.OB | vr.OW | None,
        Attribute(
            0x5400100A,
            "OB or OW",
            "1",
            "1C",
            name="Waveform Padding Value",
            when=("unknown", "names no attribute: acquisition equipment inserts padding"),
        ),
    ] = None
    """Waveform Padding Value (5400,100A): Type 1C, VR OB or OW, VM 1. Required if acquisition equipment inserts padding. Value of waveform samples inserted in channels when input is absent or invalid. Required if acquisition equipment inserts padding. See Section C.10.9.1.6."""

    WaveformData: Annotated[
        vr.OB | vr.OW, Attribute(0x54001010, "OB or OW", "1", "1", name="Waveform Data")
    ]
    """Waveform Data (5400,1010): Type 1, VR OB or OW, VM 1. Encoded data samples - channel multiplexed. See Section C.10.9.1.7"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnalogFilterCharacteristicsSequenceItem": (
        "dicomodel.items.analog_filter_characteristics_sequence_item",
        "AnalogFilterCharacteristicsSequenceItem",
    ),
    "AnalogFilterTypeItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ChannelDefinitionSequenceItem": (
        "dicomodel.items.channel_definition_sequence_item",
        "ChannelDefinitionSequenceItem",
    ),
    "ChannelImpedanceSequenceItem": (
        "dicomodel.items.channel_impedance_sequence_item",
        "ChannelImpedanceSequenceItem",
    ),
    "ChannelSensitivityUnitsSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ChannelSourceModifiersSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ChannelSourceSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DigitalFilterCharacteristicsSequenceItem": (
        "dicomodel.items.digital_filter_characteristics_sequence_item",
        "DigitalFilterCharacteristicsSequenceItem",
    ),
    "DigitalFilterTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilterHighFrequencyCharacteristicsSequenceItem": (
        "dicomodel.items.waveform_filter_characteristics_item",
        "WaveformFilterCharacteristicsItem",
    ),
    "FilterLookupTableSequenceItem": (
        "dicomodel.items.waveform_filter_lookup_table_item",
        "WaveformFilterLookupTableItem",
    ),
    "FilterLowFrequencyCharacteristicsSequenceItem": (
        "dicomodel.items.waveform_filter_characteristics_item",
        "WaveformFilterCharacteristicsItem",
    ),
    "FrequencyEncodingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ImpedanceMeasurementCurrentTypeTerm": (
        "dicomodel.enums.impedance_measurement_current_type",
        "ImpedanceMeasurementCurrentTypeTerm",
    ),
    "MagnitudeEncodingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "NotchFilterCharacteristicsSequenceItem": (
        "dicomodel.items.waveform_filter_characteristics_item",
        "WaveformFilterCharacteristicsItem",
    ),
    "SourceWaveformSequenceItem": (
        "dicomodel.items.source_waveform_sequence_item",
        "SourceWaveformSequenceItem",
    ),
    "SummarizedFilterLookupTableItem": (
        "dicomodel.items.waveform_filter_lookup_table_item",
        "WaveformFilterLookupTableItem",
    ),
    "WaveformAmplifierType": ("dicomodel.enums.waveform_amplifier_type", "WaveformAmplifierType"),
    "WaveformFilterType": ("dicomodel.enums.waveform_filter_type", "WaveformFilterType"),
    "WaveformOriginality": ("dicomodel.enums.waveform_originality", "WaveformOriginality"),
    "WaveformSampleInterpretationTerm": (
        "dicomodel.enums.waveform_sample_interpretation",
        "WaveformSampleInterpretationTerm",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
