"""Presence rules of Numeric Measurement Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NumericMeasurementMacro = (
    "table_C.18.1-1",
    (
        (
            "MeasuredValueSequence",
            Attribute(0x0040A300, "SQ", "1", "2", name="Measured Value Sequence"),
            Lazy(
                "dicomodel.items.measured_value_sequence_item_numeric_measurement",
                "MeasuredValueSequenceItemNumericMeasurement",
            ),
        ),
        (
            "NumericValueQualifierCodeSequence",
            Attribute(
                0x0040A301,
                "SQ",
                "1",
                "1C",
                name="Numeric Value Qualifier Code Sequence",
                when=("and", ("present", 0x0040A300), ("not", ("has_value", 0x0040A300))),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
