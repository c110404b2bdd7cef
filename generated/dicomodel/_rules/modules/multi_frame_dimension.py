"""Presence rules of Multi-frame Dimension Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiFrameDimensionModule = (
    "table_C.7.6.17-1",
    (
        (
            "DimensionOrganizationSequence",
            Attribute(0x00209221, "SQ", "1", "1", name="Dimension Organization Sequence"),
            Lazy(
                "dicomodel.items.dimension_organization_sequence_item",
                "DimensionOrganizationSequenceItem",
            ),
        ),
        (
            "DimensionOrganizationType",
            Attribute(0x00209311, "CS", "1", "3", name="Dimension Organization Type"),
            None,
        ),
        (
            "DimensionIndexSequence",
            Attribute(
                0x00209222,
                "SQ",
                "1",
                "1C",
                name="Dimension Index Sequence",
                when=(
                    "or",
                    ("not", ("present", 0x00209311)),
                    ("unknown", "names no attribute: not TILED_FULL"),
                ),
                otherwise="may",
            ),
            Lazy("dicomodel.items.dimension_index_sequence_item", "DimensionIndexSequenceItem"),
        ),
    ),
)
