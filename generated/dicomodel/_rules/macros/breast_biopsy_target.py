"""Presence rules of Breast Biopsy Target Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BreastBiopsyTargetMacro = (
    "table_C.8.21.5.2-1",
    (
        (
            "BiopsyTargetSequence",
            Attribute(
                0x00182041,
                "SQ",
                "1",
                "1C",
                name="Biopsy Target Sequence",
                when=(
                    "unknown",
                    "names no attribute: one or more biopsy targets are present for this frame",
                ),
            ),
            Lazy("dicomodel.items.biopsy_target_sequence_item", "BiopsyTargetSequenceItem"),
        ),
    ),
)
