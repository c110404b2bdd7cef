"""Presence rules of Target Luminance Characteristics Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TargetLuminanceCharacteristicsModule = (
    "table_C.32.2-1",
    (
        (
            "TargetLuminanceCharacteristicsSequence",
            Attribute(
                0x00287008, "SQ", "1", None, name="Target Luminance Characteristics Sequence"
            ),
            Lazy(
                "dicomodel.items.target_luminance_characteristics_sequence_item",
                "TargetLuminanceCharacteristicsSequenceItem",
            ),
        ),
    ),
)
