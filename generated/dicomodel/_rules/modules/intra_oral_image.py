"""Presence rules of Intra-Oral Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntraOralImageModule = (
    "table_C.8-76",
    (
        (
            "PositionerType",
            Attribute(
                0x00181508,
                "CS",
                "1",
                "1",
                name="Positioner Type",
                enumerated=((0, ("NONE", "CEPHALOSTAT", "RIGID")),),
            ),
            None,
        ),
        (
            "ImageLaterality",
            Attribute(
                0x00200062,
                "CS",
                "1",
                "1",
                name="Image Laterality",
                enumerated=((0, ("R", "L", "B")),),
            ),
            None,
        ),
        (
            "AnatomicRegionSequence",
            Attribute(0x00082218, "SQ", "1", "1", name="Anatomic Region Sequence"),
            Lazy(
                "dicomodel.items.anatomic_region_sequence_item_intra_oral_image",
                "AnatomicRegionSequenceItemIntraOralImage",
            ),
        ),
        (
            "PrimaryAnatomicStructureSequence",
            Attribute(
                0x00082228,
                "SQ",
                "1",
                "1C",
                name="Primary Anatomic Structure Sequence",
                when=("not", ("present", 0x00082220)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
