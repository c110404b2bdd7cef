"""Presence rules of Multi-frame Functional Groups Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiFrameFunctionalGroupsModule = (
    "table_C.7.6.16-1",
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
            "PerFrameFunctionalGroupsSequence",
            Attribute(
                0x52009230,
                "SQ",
                "1",
                "1C",
                name="Per-Frame Functional Groups Sequence",
                when=(
                    "unknown",
                    "names no attribute: for any frame , there are Per-Frame Functional Groups that are not empty",
                ),
            ),
            Lazy(
                "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
                "UnassignedSharedConvertedAttributesSequenceItem",
            ),
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        ("NumberOfFrames", Attribute(0x00280008, "IS", "1", "1", name="Number of Frames"), None),
        (
            "StereoPairsPresent",
            Attribute(
                0x00220028,
                "CS",
                "1",
                "3",
                name="Stereo Pairs Present",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ConcatenationFrameOffsetNumber",
            Attribute(
                0x00209228,
                "UL",
                "1",
                "1C",
                name="Concatenation Frame Offset Number",
                when=("present", 0x00209161),
            ),
            None,
        ),
        (
            "RepresentativeFrameNumber",
            Attribute(0x00286010, "US", "1", "3", name="Representative Frame Number"),
            None,
        ),
        (
            "ConcatenationUID",
            Attribute(
                0x00209161,
                "UI",
                "1",
                "1C",
                name="Concatenation UID",
                when=("unknown", "depends on the multi-frame structure of the pixel data"),
            ),
            None,
        ),
        (
            "SOPInstanceUIDOfConcatenationSource",
            Attribute(
                0x00200242,
                "UI",
                "1",
                "1C",
                name="SOP Instance UID of Concatenation Source",
                when=("present", 0x00209161),
            ),
            None,
        ),
        (
            "InConcatenationNumber",
            Attribute(
                0x00209162,
                "US",
                "1",
                "1C",
                name="In-concatenation Number",
                when=("present", 0x00209161),
            ),
            None,
        ),
        (
            "InConcatenationTotalNumber",
            Attribute(0x00209163, "US", "1", "3", name="In-concatenation Total Number"),
            None,
        ),
        (
            "EncapsulatedPixelDataValueTotalLength",
            Attribute(
                0x7FE00003, "UV", "1", "3", name="Encapsulated Pixel Data Value Total Length"
            ),
            None,
        ),
    ),
)
