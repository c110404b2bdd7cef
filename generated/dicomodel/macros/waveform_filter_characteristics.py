"""Waveform Filter Characteristics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.waveform_filter_type import (
        WaveformFilterTypeValue as _WaveformFilterTypeValue,
    )
    from dicomodel.items.analog_filter_characteristics_sequence_item import (
        AnalogFilterCharacteristicsSequenceItem as _AnalogFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.digital_filter_characteristics_sequence_item import (
        DigitalFilterCharacteristicsSequenceItem as _DigitalFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as _WaveformFilterLookupTableItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnalogFilterCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.analog_filter_characteristics_sequence_item",
        "AnalogFilterCharacteristicsSequenceItem",
    )
    _DigitalFilterCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.digital_filter_characteristics_sequence_item",
        "DigitalFilterCharacteristicsSequenceItem",
    )
    _WaveformFilterLookupTableItem = Lazy(
        "dicomodel.items.waveform_filter_lookup_table_item", "WaveformFilterLookupTableItem"
    )
    _WaveformFilterTypeValue = Lazy(
        "dicomodel.enums.waveform_filter_type", "WaveformFilterTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.waveform_filter_type import WaveformFilterType as WaveformFilterType
    from dicomodel.items.analog_filter_characteristics_sequence_item import (
        AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnalogFilterTypeItem
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
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as FilterLookupTableSequenceItem,
    )

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
    "WaveformFilterCharacteristicsMacro",
    "WaveformFilterType",
]


class WaveformFilterCharacteristicsMacro(DicomModel):
    """Waveform Filter Characteristics Macro Attributes (PS3.3 Table C.10.12-1)."""

    dicom_name: ClassVar[str] = "Waveform Filter Characteristics"
    dicom_table: ClassVar[str] = "table_C.10.12-1"

    WaveformFilterType: Annotated[
        _WaveformFilterTypeValue,
        Attribute(
            0x003A0322,
            "CS",
            "1",
            "1",
            name="Waveform Filter Type",
            enumerated=((0, ("ANALOG", "DIGITAL")),),
        ),
    ]
    """Waveform Filter Type (003A,0322): Type 1, VR CS, VM 1. The type of filter. Enumerated Values: ANALOG DIGITAL"""

    FilterLowFrequency: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0220,
            "DS",
            "1",
            "1C",
            name="Filter Low Frequency",
            when=("unknown", "names no attribute: the filter is a high-pass filter"),
        ),
    ] = None
    """Filter Low Frequency (003A,0220): Type 1C, VR DS, VM 1. Required if the filter is a high-pass filter. Nominal 3dB point of lower frequency of pass band in Hz. This is the cutoff frequency of a high-pass filter. Required if the filter is a high-pass filter."""

    FilterHighFrequency: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0221,
            "DS",
            "1",
            "1C",
            name="Filter High Frequency",
            when=("unknown", "names no attribute: the filter is a low-pass filter"),
        ),
    ] = None
    """Filter High Frequency (003A,0221): Type 1C, VR DS, VM 1. Required if the filter is a low-pass filter. Nominal 3dB point of upper frequency of pass band in Hz. This is the cutoff frequency of a low-pass filter. Required if the filter is a low-pass filter."""

    NotchFilterFrequency: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0222,
            "DS",
            "1",
            "1C",
            name="Notch Filter Frequency",
            when=("unknown", "names no attribute: the filter is a notch filter"),
        ),
    ] = None
    """Notch Filter Frequency (003A,0222): Type 1C, VR DS, VM 1. Required if the filter is a notch filter. Center frequency of the notch filter in Hz. Required if the filter is a notch filter."""

    NotchFilterBandwidth: Annotated[
        vr.DS | None,
        Attribute(
            0x003A0223,
            "DS",
            "1",
            "2C",
            name="Notch Filter Bandwidth",
            when=("unknown", "names no attribute: the filter is a notch filter"),
        ),
    ] = None
    """Notch Filter Bandwidth (003A,0223): Type 2C, VR DS, VM 1. Required if the filter is a notch filter. Nominal 3dB bandwidth of the notch filter; in Hz. Required if the filter is a notch filter."""

    AnalogFilterCharacteristicsSequence: Annotated[
        list[_AnalogFilterCharacteristicsSequenceItem] | None,
        Attribute(
            0x003A0323,
            "SQ",
            "1",
            "1C",
            name="Analog Filter Characteristics Sequence",
            when=("value", 0x003A0322, 0, "in", ("ANALOG",)),
        ),
    ] = None
    """Analog Filter Characteristics Sequence (003A,0323): Type 1C, VR SQ, VM 1. Required if Waveform Filter Type (003A,0322) is ANALOG. Characteristic parameters of the analog filter. Required if Waveform Filter Type (003A,0322) is ANALOG. A single Item shall be included in this Sequence."""

    DigitalFilterCharacteristicsSequence: Annotated[
        list[_DigitalFilterCharacteristicsSequenceItem] | None,
        Attribute(
            0x003A0326,
            "SQ",
            "1",
            "1C",
            name="Digital Filter Characteristics Sequence",
            when=("value", 0x003A0322, 0, "in", ("DIGITAL",)),
        ),
    ] = None
    """Digital Filter Characteristics Sequence (003A,0326): Type 1C, VR SQ, VM 1. Required if Waveform Filter Type (003A,0322) is DIGITAL. Characteristic parameters of the digital filter. Required if Waveform Filter Type (003A,0322) is DIGITAL. A single Item shall be included in this Sequence."""

    WaveformFilterDescription: Annotated[
        vr.ST | None, Attribute(0x003A0329, "ST", "1", "3", name="Waveform Filter Description")
    ] = None
    """Waveform Filter Description (003A,0329): Type 3, VR ST, VM 1. A textual description of the filter."""

    FilterLookupTableSequence: Annotated[
        list[_WaveformFilterLookupTableItem] | None,
        Attribute(0x003A032A, "SQ", "1", "3", name="Filter Lookup Table Sequence"),
    ] = None
    """Filter Lookup Table Sequence (003A,032A): Type 3, VR SQ, VM 1. A Lookup Table defining the filter."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnalogFilterCharacteristicsSequenceItem": (
        "dicomodel.items.analog_filter_characteristics_sequence_item",
        "AnalogFilterCharacteristicsSequenceItem",
    ),
    "AnalogFilterTypeItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "FilterLookupTableSequenceItem": (
        "dicomodel.items.waveform_filter_lookup_table_item",
        "WaveformFilterLookupTableItem",
    ),
    "FrequencyEncodingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MagnitudeEncodingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
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
