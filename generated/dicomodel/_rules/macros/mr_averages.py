"""Presence rules of MR Averages Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRAveragesMacro = (
    "table_C.8-97",
    (
        (
            "MRAveragesSequence",
            Attribute(0x00189119, "SQ", "1", "1", name="MR Averages Sequence"),
            Lazy("dicomodel.items.mr_averages_sequence_item", "MRAveragesSequenceItem"),
        ),
    ),
)
