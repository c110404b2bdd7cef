"""Presence rules of Wedge Positions Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WedgePositionsMacro = (
    "table_C.36.2.2.11-1",
    (
        (
            "NumberOfWedgePositions",
            Attribute(
                0x300A0655,
                "US",
                "1",
                "1C",
                name="Number of Wedge Positions",
                when=("and", ("present", 0x300A00D0), ("compare", 0x300A00D0, 1, "!=", 0)),
            ),
            None,
        ),
        (
            "WedgePositionSequence",
            Attribute(
                0x300A0116,
                "SQ",
                "1",
                "1C",
                name="Wedge Position Sequence",
                when=(
                    "and",
                    ("present", 0x300A0655),
                    ("compare", 0x300A0655, 1, "!=", 0),
                    (
                        "or",
                        ("compare", 0x300A0600, 1, "==", 1),
                        (
                            "unknown",
                            "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                        ),
                    ),
                ),
            ),
            Lazy("dicomodel.items.wedge_position_sequence_item", "WedgePositionSequenceItem"),
        ),
    ),
)
