"""Presence rules of PET Table Dynamics Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETTableDynamicsMacro = (
    "table_C.8.22-18",
    (
        (
            "PETTableDynamicsSequence",
            Attribute(0x00189734, "SQ", "1", "1", name="PET Table Dynamics Sequence"),
            Lazy(
                "dicomodel.items.pet_table_dynamics_sequence_item", "PETTableDynamicsSequenceItem"
            ),
        ),
    ),
)
