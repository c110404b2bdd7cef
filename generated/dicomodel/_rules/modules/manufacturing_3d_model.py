"""Presence rules of Manufacturing 3D Model Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
Manufacturing3DModelModule = (
    "table_C.35.1-1",
    (
        (
            "MeasurementUnitsCodeSequence",
            Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ModelModification",
            Attribute(
                0x00687001,
                "CS",
                "1",
                "3",
                name="Model Modification",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ModelMirroring",
            Attribute(
                0x00687002, "CS", "1", "3", name="Model Mirroring", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "ModelUsageCodeSequence",
            Attribute(0x00687003, "SQ", "1", "3", name="Model Usage Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ContentDescription",
            Attribute(0x00700081, "LO", "1", "3", name="Content Description"),
            None,
        ),
        (
            "IconImageSequence",
            Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
            Lazy(
                "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
            ),
        ),
        (
            "DerivationAlgorithmSequence",
            Attribute(0x00221612, "SQ", "1", "3", name="Derivation Algorithm Sequence"),
            Lazy("dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"),
        ),
        ("ModelGroupUID", Attribute(0x00687004, "UI", "1", "3", name="Model Group UID"), None),
        (
            "RecommendedDisplayCIELabValue",
            Attribute(0x0062000D, "US", "3", "3", name="Recommended Display CIELab Value"),
            None,
        ),
        (
            "RecommendedPresentationOpacity",
            Attribute(0x0066000C, "FL", "1", "3", name="Recommended Presentation Opacity"),
            None,
        ),
    ),
)
