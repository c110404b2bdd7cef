"""Presence rules of Wide Field Ophthalmic Photography Quality Rating Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WideFieldOphthalmicPhotographyQualityRatingModule = (
    "table_C.8.17.13-1",
    (
        (
            "WideFieldOphthalmicPhotographyQualityRatingSequence",
            Attribute(
                0x00221525,
                "SQ",
                "1",
                "1",
                name="Wide Field Ophthalmic Photography Quality Rating Sequence",
            ),
            Lazy(
                "dicomodel.items.wide_field_ophthalmic_photography_quality_rating_sequence_item",
                "WideFieldOphthalmicPhotographyQualityRatingSequenceItem",
            ),
        ),
    ),
)
