"""Presence rules of Raw Data Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RawDataModule = (
    "table_C.19-1",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "2", name="Instance Number"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "3", name="Acquisition DateTime"),
            None,
        ),
        ("ContentLabel", Attribute(0x00700080, "CS", "1", "3", name="Content Label"), None),
        (
            "ContentDescription",
            Attribute(0x00700081, "LO", "1", "3", name="Content Description"),
            None,
        ),
        (
            "ConceptNameCodeSequence",
            Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ImageLaterality",
            Attribute(
                0x00200062,
                "CS",
                "1",
                "3",
                name="Image Laterality",
                enumerated=((0, ("R", "L", "U", "B")),),
            ),
            None,
        ),
        (
            "CreatorVersionUID",
            Attribute(0x00089123, "UI", "1", "1", name="Creator-Version UID"),
            None,
        ),
        (
            "ReferencedInstanceSequence",
            Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
                "ReferencedInstanceSequenceItemMRSpectroscopy",
            ),
        ),
    ),
)
