"""Presence rules of CT Table Dynamics Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTTableDynamicsMacro = (
    "table_C.8-120",
    (
        (
            "CTTableDynamicsSequence",
            Attribute(0x00189308, "SQ", "1", "1", name="CT Table Dynamics Sequence"),
            Lazy("dicomodel.items.ct_table_dynamics_sequence_item", "CTTableDynamicsSequenceItem"),
        ),
    ),
)
