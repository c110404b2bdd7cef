"""Presence rules of Keratometric Measurements Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
KeratometricMeasurementsMacro = (
    "table_C.8.25.10-2",
    (
        (
            "SteepKeratometricAxisSequence",
            Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item",
                "SteepKeratometricAxisSequenceItem",
            ),
        ),
        (
            "FlatKeratometricAxisSequence",
            Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item",
                "SteepKeratometricAxisSequenceItem",
            ),
        ),
    ),
)
