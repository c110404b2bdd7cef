"""Presence rules of Breast View Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BreastViewModule = (
    "table_C.8.21.6-1",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=(
                    (1, ("ORIGINAL", "DERIVED", "MIXED")),
                    (2, ("PRIMARY",)),
                    (4, ("NONE",)),
                ),
            ),
            None,
        ),
        (
            "ViewCodeSequence",
            Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
            Lazy(
                "dicomodel.items.view_code_sequence_item_mammography_image",
                "ViewCodeSequenceItemMammographyImage",
            ),
        ),
        (
            "BreastImplantPresent",
            Attribute(
                0x00281300,
                "CS",
                "1",
                "1C",
                name="Breast Implant Present",
                enumerated=((0, ("YES", "NO")),),
                when=("value", 0x00080060, 0, "in", ("MG",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "PartialView",
            Attribute(
                0x00281350, "CS", "1", "3", name="Partial View", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "PartialViewCodeSequence",
            Attribute(
                0x00281352,
                "SQ",
                "1",
                "1C",
                name="Partial View Code Sequence",
                when=("and", ("present", 0x00281350), ("value", 0x00281350, 0, "in", ("YES",))),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
