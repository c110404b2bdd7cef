"""Presence rules of Real-Time Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RealTimeAcquisitionModule = (
    "table_C.7.6.28-1",
    (
        (
            "SharedFunctionalGroupsSequence",
            Attribute(0x52009229, "SQ", "1", "1", name="Shared Functional Groups Sequence"),
            Lazy(
                "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
                "UnassignedSharedConvertedAttributesSequenceItem",
            ),
        ),
        (
            "StereoPairsPresent",
            Attribute(
                0x00220028,
                "CS",
                "1",
                "1",
                name="Stereo Pairs Present",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
    ),
)
