"""Presence rules of Real World Value Mapping Item Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RealWorldValueMappingItemMacro = (
    "table_C.7.6.16-12b",
    (
        (
            "RealWorldValueFirstValueMapped",
            Attribute(
                0x00409216,
                "US or SS",
                "1",
                "1C",
                name="Real World Value First Value Mapped",
                when=(
                    "or",
                    ("present", 0x7FE00010),
                    ("present", 0x00409212),
                    ("not", ("present", 0x00409214)),
                ),
            ),
            None,
        ),
        (
            "RealWorldValueLastValueMapped",
            Attribute(
                0x00409211,
                "US or SS",
                "1",
                "1C",
                name="Real World Value Last Value Mapped",
                when=(
                    "or",
                    ("present", 0x7FE00010),
                    ("present", 0x00409212),
                    ("not", ("present", 0x00409213)),
                ),
            ),
            None,
        ),
        (
            "DoubleFloatRealWorldValueFirstValueMapped",
            Attribute(
                0x00409214,
                "FD",
                "1",
                "1C",
                name="Double Float Real World Value First Value Mapped",
                when=("not", ("present", 0x00409216)),
            ),
            None,
        ),
        (
            "DoubleFloatRealWorldValueLastValueMapped",
            Attribute(
                0x00409213,
                "FD",
                "1",
                "1C",
                name="Double Float Real World Value Last Value Mapped",
                when=("not", ("present", 0x00409211)),
            ),
            None,
        ),
        (
            "RealWorldValueIntercept",
            Attribute(
                0x00409224,
                "FD",
                "1",
                "1C",
                name="Real World Value Intercept",
                when=(
                    "or",
                    ("present", 0x7FE00008),
                    ("present", 0x7FE00009),
                    ("not", ("present", 0x00409212)),
                ),
            ),
            None,
        ),
        (
            "RealWorldValueSlope",
            Attribute(
                0x00409225,
                "FD",
                "1",
                "1C",
                name="Real World Value Slope",
                when=(
                    "or",
                    ("present", 0x7FE00008),
                    ("present", 0x7FE00009),
                    ("not", ("present", 0x00409212)),
                ),
            ),
            None,
        ),
        (
            "RealWorldValueLUTData",
            Attribute(
                0x00409212,
                "FD",
                "1-n",
                "1C",
                name="Real World Value LUT Data",
                when=("not", ("present", 0x00409224)),
            ),
            None,
        ),
        ("LUTExplanation", Attribute(0x00283003, "LO", "1", "1", name="LUT Explanation"), None),
        ("LUTLabel", Attribute(0x00409210, "SH", "1", "1", name="LUT Label"), None),
        (
            "MeasurementUnitsCodeSequence",
            Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "QuantityDefinitionSequence",
            Attribute(0x00409220, "SQ", "1", "3", name="Quantity Definition Sequence"),
            Lazy("dicomodel.items.protocol_context_sequence_item", "ProtocolContextSequenceItem"),
        ),
    ),
)
