"""Presence rules of Ophthalmic Visual Field Global Index Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicVisualFieldGlobalIndexMacro = (
    "table_C.8.26.3-2",
    (
        (
            "DataObservationSequence",
            Attribute(0x00240325, "SQ", "1", "1", name="Data Observation Sequence"),
            Lazy("dicomodel.items.content_item", "ContentItem"),
        ),
        (
            "IndexNormalsFlag",
            Attribute(
                0x00240338,
                "CS",
                "1",
                "1",
                name="Index Normals Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "IndexProbabilitySequence",
            Attribute(
                0x00240344,
                "SQ",
                "1",
                "1C",
                name="Index Probability Sequence",
                when=("value", 0x00240338, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.index_probability_sequence_item", "IndexProbabilitySequenceItem"),
        ),
    ),
)
