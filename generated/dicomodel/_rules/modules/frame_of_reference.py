"""Presence rules of Frame of Reference Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FrameOfReferenceModule = (
    "table_C.7-6",
    (
        (
            "FrameOfReferenceUID",
            Attribute(0x00200052, "UI", "1", "1", name="Frame of Reference UID"),
            None,
        ),
        (
            "PositionReferenceIndicator",
            Attribute(0x00201040, "LO", "1", "2", name="Position Reference Indicator"),
            None,
        ),
    ),
)
