"""Presence rules of RT Beams Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBeamsModule = (
    "table_C.8-50",
    (
        (
            "BeamSequence",
            Attribute(0x300A00B0, "SQ", "1", "1", name="Beam Sequence"),
            Lazy("dicomodel.items.beam_sequence_item_rt_beams", "BeamSequenceItemRTBeams"),
        ),
    ),
)
