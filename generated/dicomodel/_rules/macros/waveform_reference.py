"""Presence rules of Waveform Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WaveformReferenceMacro = (
    "table_C.18.5-1",
    (
        (
            "ReferencedSOPSequence",
            Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
            Lazy(
                "dicomodel.items.referenced_sop_sequence_item_waveform_reference",
                "ReferencedSOPSequenceItemWaveformReference",
            ),
        ),
    ),
)
