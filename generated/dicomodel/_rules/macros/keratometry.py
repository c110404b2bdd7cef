"""Presence rules of Keratometry Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
KeratometryMacro = (
    "table_C.8.25.16-3",
    (
        (
            "SteepKeratometricAxisSequence",
            Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
                "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
            ),
        ),
        (
            "FlatKeratometricAxisSequence",
            Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
                "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
            ),
        ),
        (
            "KeratometryMeasurementTypeCodeSequence",
            Attribute(
                0x00221096, "SQ", "1", "2", name="Keratometry Measurement Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("KeratometerIndex", Attribute(0x00221033, "FL", "1", "2", name="Keratometer Index"), None),
    ),
)
