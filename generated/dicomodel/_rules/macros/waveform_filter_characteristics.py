"""Presence rules of Waveform Filter Characteristics Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WaveformFilterCharacteristicsMacro = (
    "table_C.10.12-1",
    (
        (
            "WaveformFilterType",
            Attribute(
                0x003A0322,
                "CS",
                "1",
                "1",
                name="Waveform Filter Type",
                enumerated=((0, ("ANALOG", "DIGITAL")),),
            ),
            None,
        ),
        (
            "FilterLowFrequency",
            Attribute(
                0x003A0220,
                "DS",
                "1",
                "1C",
                name="Filter Low Frequency",
                when=("unknown", "names no attribute: the filter is a high-pass filter"),
            ),
            None,
        ),
        (
            "FilterHighFrequency",
            Attribute(
                0x003A0221,
                "DS",
                "1",
                "1C",
                name="Filter High Frequency",
                when=("unknown", "names no attribute: the filter is a low-pass filter"),
            ),
            None,
        ),
        (
            "NotchFilterFrequency",
            Attribute(
                0x003A0222,
                "DS",
                "1",
                "1C",
                name="Notch Filter Frequency",
                when=("unknown", "names no attribute: the filter is a notch filter"),
            ),
            None,
        ),
        (
            "NotchFilterBandwidth",
            Attribute(
                0x003A0223,
                "DS",
                "1",
                "2C",
                name="Notch Filter Bandwidth",
                when=("unknown", "names no attribute: the filter is a notch filter"),
            ),
            None,
        ),
        (
            "AnalogFilterCharacteristicsSequence",
            Attribute(
                0x003A0323,
                "SQ",
                "1",
                "1C",
                name="Analog Filter Characteristics Sequence",
                when=("value", 0x003A0322, 0, "in", ("ANALOG",)),
            ),
            Lazy(
                "dicomodel.items.analog_filter_characteristics_sequence_item",
                "AnalogFilterCharacteristicsSequenceItem",
            ),
        ),
        (
            "DigitalFilterCharacteristicsSequence",
            Attribute(
                0x003A0326,
                "SQ",
                "1",
                "1C",
                name="Digital Filter Characteristics Sequence",
                when=("value", 0x003A0322, 0, "in", ("DIGITAL",)),
            ),
            Lazy(
                "dicomodel.items.digital_filter_characteristics_sequence_item",
                "DigitalFilterCharacteristicsSequenceItem",
            ),
        ),
        (
            "WaveformFilterDescription",
            Attribute(0x003A0329, "ST", "1", "3", name="Waveform Filter Description"),
            None,
        ),
        (
            "FilterLookupTableSequence",
            Attribute(0x003A032A, "SQ", "1", "3", name="Filter Lookup Table Sequence"),
            Lazy(
                "dicomodel.items.waveform_filter_lookup_table_item", "WaveformFilterLookupTableItem"
            ),
        ),
    ),
)
