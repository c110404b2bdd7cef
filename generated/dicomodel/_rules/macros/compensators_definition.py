"""Presence rules of Compensators Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CompensatorsDefinitionMacro = (
    "table_C.36.2.2.12-1",
    (
        (
            "NumberOfCompensators",
            Attribute(
                0x300A00E0,
                "IS",
                "1",
                "1C",
                name="Number of Compensators",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "CompensatorDefinitionSequence",
            Attribute(
                0x300A0662,
                "SQ",
                "1",
                "1C",
                name="Compensator Definition Sequence",
                when=("and", ("present", 0x300A00E0), ("compare", 0x300A00E0, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.compensator_definition_sequence_item",
                "CompensatorDefinitionSequenceItem",
            ),
        ),
    ),
)
