"""Presence rules of Unassigned Per-Frame Converted Attributes Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
UnassignedPerFrameConvertedAttributesMacro = (
    "table_C.7.6.16.2.25.2-1",
    (
        (
            "UnassignedPerFrameConvertedAttributesSequence",
            Attribute(
                0x00209171,
                "SQ",
                "1",
                "1C",
                name="Unassigned Per-Frame Converted Attributes Sequence",
                when=(
                    "unknown",
                    "names no attribute: any unassigned per-frame Attributes are present for this frame",
                ),
            ),
            Lazy(
                "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
                "UnassignedSharedConvertedAttributesSequenceItem",
            ),
        ),
    ),
)
