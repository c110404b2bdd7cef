"""Presence rules of Common Instance Reference Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CommonInstanceReferenceModule = (
    "table_C.12-8",
    (
        (
            "ReferencedSeriesSequence",
            Attribute(
                0x00081115,
                "SQ",
                "1",
                "1C",
                name="Referenced Series Sequence",
                when=(
                    "unknown",
                    "names no attribute: this Instance references Instances in this Study",
                ),
            ),
            Lazy("dicomodel.items.referenced_series_sequence_item", "ReferencedSeriesSequenceItem"),
        ),
        (
            "StudiesContainingOtherReferencedInstancesSequence",
            Attribute(
                0x00081200,
                "SQ",
                "1",
                "1C",
                name="Studies Containing Other Referenced Instances Sequence",
                when=(
                    "unknown",
                    "names no attribute: this Instance references Instances in other Studies",
                ),
            ),
            Lazy(
                "dicomodel.items.studies_containing_other_referenced_instances_sequence_item",
                "StudiesContainingOtherReferencedInstancesSequenceItem",
            ),
        ),
    ),
)
