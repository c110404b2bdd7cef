"""Presence rules of Multi-frame Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiFrameModule = (
    "table_C.7-14",
    (
        ("NumberOfFrames", Attribute(0x00280008, "IS", "1", "1", name="Number of Frames"), None),
        (
            "FrameIncrementPointer",
            Attribute(0x00280009, "AT", "1-n", "1", name="Frame Increment Pointer"),
            None,
        ),
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
            "EncapsulatedPixelDataValueTotalLength",
            Attribute(
                0x7FE00003, "UV", "1", "3", name="Encapsulated Pixel Data Value Total Length"
            ),
            None,
        ),
    ),
)
