"""Presence rules of Ophthalmic Thickness Map Quality Rating Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicThicknessMapQualityRatingModule = (
    "table_C.8.28.3-1",
    (
        (
            "OphthalmicThicknessMapQualityRatingSequence",
            Attribute(
                0x00221470, "SQ", "1", "1", name="Ophthalmic Thickness Map Quality Rating Sequence"
            ),
            Lazy(
                "dicomodel.items.ophthalmic_thickness_map_quality_rating_sequence_item",
                "OphthalmicThicknessMapQualityRatingSequenceItem",
            ),
        ),
    ),
)
