"""Presence rules of Segment Reference Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SegmentReferenceModule = (
    "table_C.36.9-1",
    (
        (
            "SegmentReferenceSequence",
            Attribute(0x30100021, "SQ", "1", "1", name="Segment Reference Sequence"),
            Lazy("dicomodel.items.segment_reference_sequence_item", "SegmentReferenceSequenceItem"),
        ),
        (
            "ReferencedSpatialRegistrationSequence",
            Attribute(
                0x00700404,
                "SQ",
                "1",
                "1C",
                name="Referenced Spatial Registration Sequence",
                when=("unknown", "depends on the segments combined"),
                otherwise="may",
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
