"""Presence rules of Tiny Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2099a; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TinyImageModule = (
    "table_T-1",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="ImageType",
                enumerated=((1, ("ORIGINAL", "DERIVED")),),
            ),
            None,
        ),
        (
            "ConfocalMode",
            Attribute(
                0x00480114,
                "CS",
                "1",
                "1",
                name="ConfocalMode",
                enumerated=((0, ("REFLECTANCE", "FLUORESCENCE")),),
            ),
            None,
        ),
        ("Modality", Attribute(0x00080060, "CS", "1", "3", name="Modality"), None),
        (
            "ReferencedImageSequence",
            Attribute(0x00081140, "SQ", "1", "3", name="ReferencedImageSequence"),
            Lazy("dicomodel.items.referenced_image_sequence_item", "ReferencedImageSequenceItem"),
        ),
        (
            "ReferencedSOPSequence",
            Attribute(0x00081199, "SQ", "1", "1C", name="ReferencedSOPSequence"),
            Lazy("dicomodel.items.referenced_image_sequence_item", "ReferencedImageSequenceItem"),
        ),
        (
            "SharedFunctionalGroupsSequence",
            Attribute(0x52009229, "SQ", "1", "1", name="SharedFunctionalGroupsSequence"),
            Lazy(
                "dicomodel.items.shared_functional_groups_sequence_item",
                "SharedFunctionalGroupsSequenceItem",
            ),
        ),
    ),
)
