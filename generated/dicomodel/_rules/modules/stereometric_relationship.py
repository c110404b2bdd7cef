"""Presence rules of Stereometric Relationship Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
StereometricRelationshipModule = (
    "table_C.8.18.2-1",
    (
        (
            "StereoPairsSequence",
            Attribute(0x00220020, "SQ", "1", "1", name="Stereo Pairs Sequence"),
            Lazy("dicomodel.items.stereo_pairs_sequence_item", "StereoPairsSequenceItem"),
        ),
    ),
)
