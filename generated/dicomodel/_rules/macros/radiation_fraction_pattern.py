"""Presence rules of Radiation Fraction Pattern Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RadiationFractionPatternMacro = (
    "table_C.36.2.1.1-1",
    (
        (
            "FractionPatternSequence",
            Attribute(
                0x30100079,
                "SQ",
                "1",
                "1C",
                name="Fraction Pattern Sequence",
                when=("unknown", "names no attribute: a fraction pattern has been defined"),
            ),
            Lazy("dicomodel.items.fraction_pattern_sequence_item", "FractionPatternSequenceItem"),
        ),
    ),
)
