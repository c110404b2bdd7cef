"""Presence rules of Ophthalmic Optical Coherence Tomography En Face Image Quality Rating Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule = (
    "table_C.8.17.15-1",
    (
        (
            "OphthalmicEnFaceImageQualityRatingSequence",
            Attribute(
                0x00221628, "SQ", "1", "1", name="Ophthalmic En Face Image Quality Rating Sequence"
            ),
            Lazy(
                "dicomodel.items.ophthalmic_en_face_image_quality_rating_sequence_item",
                "OphthalmicEnFaceImageQualityRatingSequenceItem",
            ),
        ),
    ),
)
