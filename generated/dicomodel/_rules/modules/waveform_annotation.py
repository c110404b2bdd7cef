"""Presence rules of Waveform Annotation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WaveformAnnotationModule = (
    "table_C.10-11",
    (
        (
            "WaveformAnnotationSequence",
            Attribute(0x0040B020, "SQ", "1", "1", name="Waveform Annotation Sequence"),
            Lazy(
                "dicomodel.items.waveform_annotation_sequence_item",
                "WaveformAnnotationSequenceItem",
            ),
        ),
    ),
)
