"""Item class ChannelDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.waveform_amplifier_type import (
        WaveformAmplifierTypeValue as _WaveformAmplifierTypeValue,
    )
    from dicomodel.items.channel_impedance_sequence_item import (
        ChannelImpedanceSequenceItem as _ChannelImpedanceSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.source_waveform_sequence_item import (
        SourceWaveformSequenceItem as _SourceWaveformSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as _WaveformFilterCharacteristicsItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as _WaveformFilterLookupTableItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ChannelImpedanceSequenceItem = Lazy(
        "dicomodel.items.channel_impedance_sequence_item", "ChannelImpedanceSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _SourceWaveformSequenceItem = Lazy(
        "dicomodel.items.source_waveform_sequence_item", "SourceWaveformSequenceItem"
    )
    _WaveformAmplifierTypeValue = Lazy(
        "dicomodel.enums.waveform_amplifier_type", "WaveformAmplifierTypeValue"
    )
    _WaveformFilterCharacteristicsItem = Lazy(
        "dicomodel.items.waveform_filter_characteristics_item", "WaveformFilterCharacteristicsItem"
    )
    _WaveformFilterLookupTableItem = Lazy(
        "dicomodel.items.waveform_filter_lookup_table_item", "WaveformFilterLookupTableItem"
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
    from dicomodel.items.analog_filter_characteristics_sequence_item import (
        AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
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
]


class ChannelDefinitionSequenceItem(DicomModel):
    """An item of Channel Definition Sequence (003A,0200), as first defined in Waveform Module Attributes (C.10-9)."""

    dicom_name: ClassVar[str] = "Channel Definition Sequence"
    dicom_table: ClassVar[str] = "table_C.10-9"

    WaveformChannelNumber: Annotated[
        vr.IS | None, Attribute(0x003A0202, "IS", "1", "3", name="Waveform Channel Number")
    ] = None
    """Waveform Channel Number (003A,0202): Type 3, VR IS, VM 1. Equipment physical channel number used for acquisition."""

    ChannelLabel: Annotated[
        vr.SH | None, Attribute(0x003A0203, "SH", "1", "3", name="Channel Label")
    ] = None
    """Channel Label (003A,0203): Type 3, VR SH, VM 1. Text label for channel, which may be used for display purposes."""

    ChannelStatus: Annotated[
        list[vr.CS] | None, Attribute(0x003A0205, "CS", "1-n", "3", name="Channel Status")
    ] = None
    """Channel Status (003A,0205): Type 3, VR CS, VM 1-n. One or more values for the status of this channel within this SOP Instance. Defined Terms: OK TEST DATA DISCONNECTED QUESTIONABLE INVALID UNCALIBRATED UNZEROED Precise location of a change in status may be noted in an Annotation."""

    ChannelSourceSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x003A0208, "SQ", "1", "1", name="Channel Source Sequence"),
    ]
    """Channel Source Sequence (003A,0208): Type 1, VR SQ, VM 1. A coded descriptor of the waveform channel source (metric, anatomical position, function, and technique). Only a single Item shall be included in this Sequence. (see Section C.10.9.1.4.1)."""

    ChannelSourceModifiersSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x003A0209,
            "SQ",
            "1",
            "1C",
            name="Channel Source Modifiers Sequence",
            when=("unknown", "depends on what the coded concept describes"),
        ),
    ] = None
    """Channel Source Modifiers Sequence (003A,0209): Type 1C, VR SQ, VM 1. Required if Channel Source Sequence (003A,0208) does not fully specify the semantics of the source. Sequence of Items that further qualify the Waveform Source. One or more Items shall be included in this Sequence. Ordering of Items in this Sequence may be semantically significant."""

    SourceWaveformSequence: Annotated[
        list[_SourceWaveformSequenceItem] | None,
        Attribute(0x003A020A, "SQ", "1", "3", name="Source Waveform Sequence"),
    ] = None
    """Source Waveform Sequence (003A,020A): Type 3, VR SQ, VM 1. A Sequence that provides reference to a DICOM waveform from which this channel was derived. One or more Items are permitted in this Sequence."""

    ChannelDerivationDescription: Annotated[
        vr.LO | None, Attribute(0x003A020C, "LO", "1", "3", name="Channel Derivation Description")
    ] = None
    """Channel Derivation Description (003A,020C): Type 3, VR LO, VM 1. Additional description of waveform channel derivation."""

    ChannelSensitivity: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0210,
            "DS",
            "1",
            "1C",
            name="Channel Sensitivity",
            when=(
                "unknown",
                "names no attribute: samples represent defined ( not arbitrary ) units",
            ),
        ),
    ] = None
    """Channel Sensitivity (003A,0210): Type 1C, VR DS, VM 1. Required if samples represent defined (not arbitrary) units. Nominal numeric value of unit quantity of sample. Required if samples represent defined (not arbitrary) units."""

    ChannelSensitivityUnitsSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x003A0211,
            "SQ",
            "1",
            "1C",
            name="Channel Sensitivity Units Sequence",
            when=("present", 0x003A0210),
        ),
    ] = None
    """Channel Sensitivity Units Sequence (003A,0211): Type 1C, VR SQ, VM 1. Required if Channel Sensitivity (003A,0210) is present. A coded descriptor of the Units of measure for the Channel Sensitivity. Only a single Item shall be included in this Sequence. (see Section C.10.9.1.4.2). Required if Channel Sensitivity (003A,0210) is present."""

    ChannelSensitivityCorrectionFactor: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0212,
            "DS",
            "1",
            "1C",
            name="Channel Sensitivity Correction Factor",
            when=("present", 0x003A0210),
        ),
    ] = None
    """Channel Sensitivity Correction Factor (003A,0212): Type 1C, VR DS, VM 1. Required if Channel Sensitivity (003A,0210) is present. Multiplier to be applied to encoded sample values to match units specified in Channel Sensitivity (003A,0210) (e.g., based on calibration data) (see Section C.10.9.1.4.2). Required if Channel Sensitivity (003A,0210) is present."""

    ChannelBaseline: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0213, "DS", "1", "1C", name="Channel Baseline", when=("present", 0x003A0210)
        ),
    ] = None
    """Channel Baseline (003A,0213): Type 1C, VR DS, VM 1. Required if Channel Sensitivity (003A,0210) is present. Offset of encoded sample value 0 from actual 0 using the units defined in the Channel Sensitivity Units Sequence (003A,0211). Required if Channel Sensitivity (003A,0210) is present."""

    ChannelTimeSkew: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0214,
            "DS",
            "1",
            "1C",
            name="Channel Time Skew",
            when=("not", ("present", 0x003A0215)),
        ),
    ] = None
    """Channel Time Skew (003A,0214): Type 1C, VR DS, VM 1. Required if Channel Sample Skew is not present. Offset of first sample of channel from waveform multiplex group start time, in seconds (see Section C.10.9.1.4.3) Required if Channel Sample Skew is not present."""

    ChannelSampleSkew: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0215,
            "DS",
            "1",
            "1C",
            name="Channel Sample Skew",
            when=("not", ("present", 0x003A0214)),
        ),
    ] = None
    """Channel Sample Skew (003A,0215): Type 1C, VR DS, VM 1. Required if Channel Time Skew is not present. Offset of first sample of channel from waveform multiplex group start time, in samples (see Section C.10.9.1.4.3) Required if Channel Time Skew is not present."""

    ChannelOffset: Annotated[
        vr.DS | None, Attribute(0x003A0218, "DS", "1", "3", name="Channel Offset")
    ] = None
    """Channel Offset (003A,0218): Type 3, VR DS, VM 1. Additional offset of first sample of channel to be used in aligning multiple channels for presentation or analysis, in seconds (see Section C.10.9.1.4.3)."""

    WaveformBitsStored: Annotated[
        vr.US, Attribute(0x003A021A, "US", "1", "1", name="Waveform Bits Stored")
    ]
    """Waveform Bits Stored (003A,021A): Type 1, VR US, VM 1. Number of significant bits within the waveform samples (see Section C.10.9.1.4.4)."""

    WaveformAmplifierType: Annotated[
        _WaveformAmplifierTypeValue | None,
        Attribute(
            0x003A0317,
            "CS",
            "1",
            "3",
            name="Waveform Amplifier Type",
            enumerated=((0, ("AC", "DC")),),
        ),
    ] = None
    """Waveform Amplifier Type (003A,0317): Type 3, VR CS, VM 1. The type of amplifier used for waveform acquisition. Enumerated Values: AC DC"""

    FilterLowFrequency: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0220,
            "DS",
            "1",
            "1C",
            name="Filter Low Frequency",
            when=("and", ("value", 0x003A0317, 0, "in", ("AC",)), ("not", ("present", 0x003A0318))),
            forbid=("value", 0x003A0317, 0, "in", ("DC",)),
            otherwise="may",
        ),
    ] = None
    """Filter Low Frequency (003A,0220): Type 1C, VR DS, VM 1. Required if Waveform Amplifier Type (003A,0317) is AC and Filter Low Frequency Characteristics Sequence (003A,0318) is not present. Shall not be present if Waveform Amplifier Type (003A,0317) is DC. May be present otherwise. Nominal 3dB point of lower frequency of pass band; in Hz. Required if Waveform Amplifier Type (003A,0317) is AC and Filter Low Frequency Characteristics Sequence (003A,0318) is not present."""

    FilterLowFrequencyCharacteristicsSequence: Annotated[
        list[_WaveformFilterCharacteristicsItem] | None,
        Attribute(
            0x003A0318,
            "SQ",
            "1",
            "1C",
            name="Filter Low Frequency Characteristics Sequence",
            when=("and", ("value", 0x003A0317, 0, "in", ("AC",)), ("not", ("present", 0x003A0220))),
            otherwise="may",
        ),
    ] = None
    """Filter Low Frequency Characteristics Sequence (003A,0318): Type 1C, VR SQ, VM 1. Required if Waveform Amplifier Type (003A,0317) is AC and Filter Low Frequency (003A,0220) is not present. May be present otherwise unless Waveform Amplifier Type (003A,0317) is DC. The properties of low frequency (high-pass) filters used for the waveform acquisition. Required if Waveform Amplifier Type (003A,0317) is AC and Filter Low Frequency (003A,0220) is not present."""

    FilterHighFrequency: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0221,
            "DS",
            "1",
            "1C",
            name="Filter High Frequency",
            when=("and", ("present", 0x003A0317), ("not", ("present", 0x003A0319))),
            otherwise="may",
        ),
    ] = None
    """Filter High Frequency (003A,0221): Type 1C, VR DS, VM 1. Required if Waveform Amplifier Type (003A,0317) is present and Filter High Frequency Characteristics Sequence (003A,0319) is not present. May be present otherwise. Nominal 3dB point of upper frequency of pass band; in Hz. Required if Waveform Amplifier Type (003A,0317) is present and Filter High Frequency Characteristics Sequence (003A,0319) is not present. May be present otherwise."""

    FilterHighFrequencyCharacteristicsSequence: Annotated[
        list[_WaveformFilterCharacteristicsItem] | None,
        Attribute(
            0x003A0319,
            "SQ",
            "1",
            "1C",
            name="Filter High Frequency Characteristics Sequence",
            when=("and", ("present", 0x003A0317), ("not", ("present", 0x003A0221))),
            otherwise="may",
        ),
    ] = None
    """Filter High Frequency Characteristics Sequence (003A,0319): Type 1C, VR SQ, VM 1. Required if Waveform Amplifier Type (003A,0317) is present and Filter High Frequency (003A,0221) is not present. May be present otherwise. The properties of high frequency (low-pass) filters used for the waveform acquisition. Required if Waveform Amplifier Type (003A,0317) is present and Filter High Frequency (003A,0221) is not present. May be present otherwise."""

    NotchFilterFrequency: Annotated[
        vr.DS | None, Attribute(0x003A0222, "DS", "1", "3", name="Notch Filter Frequency")
    ] = None
    """Notch Filter Frequency (003A,0222): Type 3, VR DS, VM 1. Center frequency of notch filter(s); in Hz."""

    NotchFilterBandwidth: Annotated[
        vr.DS | None, Attribute(0x003A0223, "DS", "1", "3", name="Notch Filter Bandwidth")
    ] = None
    """Notch Filter Bandwidth (003A,0223): Type 3, VR DS, VM 1. Nominal 3dB bandwidth of notch filter(s); in Hz."""

    NotchFilterCharacteristicsSequence: Annotated[
        list[_WaveformFilterCharacteristicsItem] | None,
        Attribute(0x003A0321, "SQ", "1", "3", name="Notch Filter Characteristics Sequence"),
    ] = None
    """Notch Filter Characteristics Sequence (003A,0321): Type 3, VR SQ, VM 1. The properties of notch filters used for the waveform acquisition."""

    SummarizedFilterLookupTable: Annotated[
        list[_WaveformFilterLookupTableItem] | None,
        Attribute(0x003A0320, "SQ", "1", "3", name="Summarized Filter Lookup Table Sequence"),
    ] = None
    """Summarized Filter Lookup Table Sequence (003A,0320): Type 3, VR SQ, VM 1. Filter Lookup Table providing the total effect of all filters applied."""

    ChannelImpedanceSequence: Annotated[
        list[_ChannelImpedanceSequenceItem] | None,
        Attribute(0x003A0312, "SQ", "1", "3", name="Channel Impedance Sequence"),
    ] = None
    """Channel Impedance Sequence (003A,0312): Type 3, VR SQ, VM 1. Sequence of items with impedance values for the given channel (see Section C.10.9.1.11). One or more Items are permitted in this Sequence."""

    ChannelMinimumValue: Annotated[
        vr.OB | vr.OW | None,
        Attribute(0x54000110, "OB or OW", "1", "3", name="Channel Minimum Value"),
    ] = None
    """Channel Minimum Value (5400,0110): Type 3, VR OB or OW, VM 1. Minimum valid sample value as limited by the acquisition equipment (see Section C.10.9.1.4.5)."""

    ChannelMaximumValue: Annotated[
        vr.OB | vr.OW | None,
        Attribute(0x54000112, "OB or OW", "1", "3", name="Channel Maximum Value"),
    ] = None
    """Channel Maximum Value (5400,0112): Type 3, VR OB or OW, VM 1. Maximum valid sample value as limited by the acquisition equipment (see Section C.10.9.1.4.5)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnalogFilterCharacteristicsSequenceItem": (
        "dicomodel.items.analog_filter_characteristics_sequence_item",
        "AnalogFilterCharacteristicsSequenceItem",
    ),
    "AnalogFilterTypeItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
