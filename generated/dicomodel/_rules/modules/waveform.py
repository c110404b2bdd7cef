"""Presence rules of Waveform Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WaveformModule = (
    "table_C.10-9",
    (
        (
            "WaveformSequence",
            Attribute(0x54000100, "SQ", "1", "1", name="Waveform Sequence"),
            Lazy("dicomodel.items.waveform_sequence_item", "WaveformSequenceItem"),
        ),
        (
            "WaveformDataDisplayScale",
            Attribute(0x003A0230, "FL", "1", "3", name="Waveform Data Display Scale"),
            None,
        ),
        (
            "WaveformDisplayBackgroundCIELabValue",
            Attribute(0x003A0231, "US", "3", "3", name="Waveform Display Background CIELab Value"),
            None,
        ),
        (
            "WaveformPresentationGroupSequence",
            Attribute(0x003A0240, "SQ", "1", "3", name="Waveform Presentation Group Sequence"),
            Lazy(
                "dicomodel.items.waveform_presentation_group_sequence_item",
                "WaveformPresentationGroupSequenceItem",
            ),
        ),
    ),
)
