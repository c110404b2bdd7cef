"""Presence rules of SC Multi-frame Vector Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SCMultiFrameVectorModule = (
    "table_C.8-25c",
    (
        (
            "FrameTimeVector",
            Attribute(
                0x00181065,
                "DS",
                "1-n",
                "1C",
                name="Frame Time Vector",
                when=("value", 0x00280009, 0, "in", (1577061,)),
            ),
            None,
        ),
        (
            "PageNumberVector",
            Attribute(
                0x00182001,
                "IS",
                "1-n",
                "1C",
                name="Page Number Vector",
                when=("value", 0x00280009, 0, "in", (1581057,)),
            ),
            None,
        ),
        (
            "FrameLabelVector",
            Attribute(
                0x00182002,
                "SH",
                "1-n",
                "1C",
                name="Frame Label Vector",
                when=("value", 0x00280009, 0, "in", (1581058,)),
            ),
            None,
        ),
        (
            "FramePrimaryAngleVector",
            Attribute(
                0x00182003,
                "DS",
                "1-n",
                "1C",
                name="Frame Primary Angle Vector",
                when=("value", 0x00280009, 0, "in", (1581059,)),
            ),
            None,
        ),
        (
            "FrameSecondaryAngleVector",
            Attribute(
                0x00182004,
                "DS",
                "1-n",
                "1C",
                name="Frame Secondary Angle Vector",
                when=("value", 0x00280009, 0, "in", (1581060,)),
            ),
            None,
        ),
        (
            "SliceLocationVector",
            Attribute(
                0x00182005,
                "DS",
                "1-n",
                "1C",
                name="Slice Location Vector",
                when=("value", 0x00280009, 0, "in", (1581061,)),
            ),
            None,
        ),
        (
            "DisplayWindowLabelVector",
            Attribute(
                0x00182006,
                "SH",
                "1-n",
                "1C",
                name="Display Window Label Vector",
                when=("value", 0x00280009, 0, "in", (1581062,)),
            ),
            None,
        ),
    ),
)
