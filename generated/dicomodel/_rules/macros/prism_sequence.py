"""Presence rules of Prism Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PrismSequenceMacro = (
    "table_C.8.25.6.2-1",
    (
        (
            "PrismSequence",
            Attribute(
                0x00460028,
                "SQ",
                "1",
                "1C",
                name="Prism Sequence",
                when=(
                    "unknown",
                    "names no attribute: prism is measured in the lens or if this part of a refraction is done for a patient",
                ),
            ),
            Lazy("dicomodel.items.prism_sequence_item", "PrismSequenceItem"),
        ),
    ),
)
