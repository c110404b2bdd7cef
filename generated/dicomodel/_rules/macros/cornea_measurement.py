"""Presence rules of Cornea Measurement Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CorneaMeasurementMacro = (
    "table_C.8.25.16-8",
    (
        (
            "SteepCornealAxisSequence",
            Attribute(0x00460112, "SQ", "1", "1", name="Steep Corneal Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_corneal_axis_sequence_item", "SteepCornealAxisSequenceItem"
            ),
        ),
        (
            "FlatCornealAxisSequence",
            Attribute(0x00460113, "SQ", "1", "1", name="Flat Corneal Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_corneal_axis_sequence_item", "SteepCornealAxisSequenceItem"
            ),
        ),
        (
            "CorneaMeasurementMethodCodeSequence",
            Attribute(0x00460116, "SQ", "1", "1", name="Cornea Measurement Method Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("KeratometerIndex", Attribute(0x00221033, "FL", "1", "2", name="Keratometer Index"), None),
        (
            "RefractiveIndexOfCornea",
            Attribute(
                0x00460117,
                "FL",
                "1",
                "1C",
                name="Refractive Index of Cornea",
                when=("code", 0x00460116, (("111759", "DCM"),)),
            ),
            None,
        ),
        (
            "RefractiveIndexOfAqueousHumor",
            Attribute(
                0x00460118,
                "FL",
                "1",
                "1C",
                name="Refractive Index of Aqueous Humor",
                when=("code", 0x00460116, (("111759", "DCM"),)),
            ),
            None,
        ),
    ),
)
