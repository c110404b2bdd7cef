"""Presence rules of UV Mapping Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
UVMappingModule = (
    "table_C.27.6-1",
    (
        (
            "UVMappingSequence",
            Attribute(0x00800008, "SQ", "1", "1", name="UV Mapping Sequence"),
            Lazy("dicomodel.items.uv_mapping_sequence_item", "UVMappingSequenceItem"),
        ),
    ),
)
