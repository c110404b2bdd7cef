"""Presence rules of Real World Value Mapping Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RealWorldValueMappingMacro = (
    "table_C.7.6.16-12",
    (
        (
            "RealWorldValueMappingSequence",
            Attribute(0x00409096, "SQ", "1", "1", name="Real World Value Mapping Sequence"),
            Lazy("dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"),
        ),
    ),
)
