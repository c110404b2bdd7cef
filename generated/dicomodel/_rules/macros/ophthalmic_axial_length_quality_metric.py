"""Presence rules of Ophthalmic Axial Length Quality Metric Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicAxialLengthQualityMetricMacro = (
    "table_C.8.25.14-6",
    (
        (
            "ConceptNameCodeSequence",
            Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("NumericValue", Attribute(0x0040A30A, "DS", "1-n", "1", name="Numeric Value"), None),
        (
            "MeasurementUnitsCodeSequence",
            Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
