"""Presence rules of Waveform Filter Lookup Table Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WaveformFilterLookupTableMacro = (
    "table_C.10.13-1",
    (
        (
            "FilterLookupTableDescription",
            Attribute(0x003A032B, "ST", "1", "3", name="Filter Lookup Table Description"),
            None,
        ),
        (
            "FrequencyEncodingCodeSequence",
            Attribute(0x003A032C, "SQ", "1", "1", name="Frequency Encoding Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "MagnitudeEncodingCodeSequence",
            Attribute(0x003A032D, "SQ", "1", "1", name="Magnitude Encoding Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "FilterLookupTableData",
            Attribute(0x003A032E, "OD", "1", "1", name="Filter Lookup Table Data"),
            None,
        ),
    ),
)
