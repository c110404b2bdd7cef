"""Presence rules of Boluses Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BolusesDefinitionMacro = (
    "table_C.36.2.2.16-1",
    (
        (
            "NumberOfBoluses",
            Attribute(
                0x300A0674,
                "US",
                "1",
                "1C",
                name="Number of Boluses",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "BolusDefinitionSequence",
            Attribute(
                0x300A0673,
                "SQ",
                "1",
                "1C",
                name="Bolus Definition Sequence",
                when=("and", ("present", 0x300A0674), ("compare", 0x300A0674, 1, "!=", 0)),
            ),
            Lazy("dicomodel.items.bolus_definition_sequence_item", "BolusDefinitionSequenceItem"),
        ),
    ),
)
