"""Presence rules of Attribute Value Constraint Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
AttributeValueConstraintMacro = (
    "table_10.25-1",
    (
        (
            "SelectorAttributeName",
            Attribute(0x00820018, "LO", "1", "1", name="Selector Attribute Name"),
            None,
        ),
        (
            "SelectorAttributeKeyword",
            Attribute(0x00820019, "LO", "1", "3", name="Selector Attribute Keyword"),
            None,
        ),
        (
            "SelectorAttributeVR",
            Attribute(0x00720050, "CS", "1", "1", name="Selector Attribute VR"),
            None,
        ),
        (
            "SelectorAttribute",
            Attribute(
                0x00720026,
                "AT",
                "1",
                "1C",
                name="Selector Attribute",
                when=("unknown", "names no attribute: the selected content is not a Sequence Item"),
            ),
            None,
        ),
        (
            "SelectorValueNumber",
            Attribute(
                0x00720028,
                "US",
                "1",
                "1C",
                name="Selector Value Number",
                when=(
                    "unknown",
                    "names no attribute: the selected content is a single Attribute of any VR other than SQ",
                ),
            ),
            None,
        ),
        (
            "SelectorSequencePointer",
            Attribute(
                0x00720052,
                "AT",
                "1-n",
                "1C",
                name="Selector Sequence Pointer",
                when=("unknown", "depends on where the selected attribute stands"),
            ),
            None,
        ),
        (
            "SelectorSequencePointerPrivateCreator",
            Attribute(
                0x00720054,
                "LO",
                "1-n",
                "1C",
                name="Selector Sequence Pointer Private Creator",
                when=(
                    "unknown",
                    "condition not read: not understood: 'one or more of the values of Selector Sequence Pointer (0072,0052)' (in 'Required if Selector Sequence Pointer (0072,0052) is present and one or more of the values of Selector Sequence Pointer (0072,0052) is the Data Element Tag of a Private Attribute')",
                ),
            ),
            None,
        ),
        (
            "SelectorSequencePointerItems",
            Attribute(
                0x00741057,
                "IS",
                "1-n",
                "1C",
                name="Selector Sequence Pointer Items",
                when=("present", 0x00720052),
            ),
            None,
        ),
        (
            "SelectorAttributePrivateCreator",
            Attribute(
                0x00720056,
                "LO",
                "1",
                "1C",
                name="Selector Attribute Private Creator",
                when=(
                    "unknown",
                    "condition not read: no value after the verb at 'the' (in 'Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute')",
                ),
            ),
            None,
        ),
        (
            "ConstraintType",
            Attribute(
                0x00820032,
                "CS",
                "1",
                "1",
                name="Constraint Type",
                enumerated=(
                    (
                        0,
                        (
                            "RANGE_INCL",
                            "RANGE_EXCL",
                            "GREATER_OR_EQUAL",
                            "LESS_OR_EQUAL",
                            "GREATER_THAN",
                            "LESS_THAN",
                            "EQUAL",
                            "MEMBER_OF",
                            "NOT_MEMBER_OF",
                            "MEMBER_OF_CID",
                            "UNCONSTRAINED",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "ConstraintViolationSignificance",
            Attribute(
                0x00820036,
                "CS",
                "1",
                "3",
                name="Constraint Violation Significance",
                enumerated=((0, ("FAILURE", "WARNING", "INFORMATIVE")),),
            ),
            None,
        ),
        (
            "ConstraintViolationCondition",
            Attribute(
                0x00820037,
                "UT",
                "1",
                "1C",
                name="Constraint Violation Condition",
                when=("unknown", "depends on when the constraint is significant"),
            ),
            None,
        ),
        (
            "ConstraintValueSequence",
            Attribute(
                0x00820034,
                "SQ",
                "1",
                "1C",
                name="Constraint Value Sequence",
                when=("value", 0x00820032, 0, "not_in", ("UNCONSTRAINED",)),
            ),
            Lazy("dicomodel.items.attribute_value_item", "AttributeValueItem"),
        ),
        (
            "RecommendedDefaultValueSequence",
            Attribute(0x00820035, "SQ", "1", "3", name="Recommended Default Value Sequence"),
            Lazy("dicomodel.items.attribute_value_item", "AttributeValueItem"),
        ),
        (
            "MeasurementUnitsCodeSequence",
            Attribute(0x004008EA, "SQ", "1", "3", name="Measurement Units Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "SpecificationSelectionGuidance",
            Attribute(0x00820033, "UT", "1", "3", name="Specification Selection Guidance"),
            None,
        ),
    ),
)
