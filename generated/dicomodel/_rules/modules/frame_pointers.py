"""Presence rules of Frame Pointers Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FramePointersModule = (
    "table_C.7-15",
    (
        (
            "RepresentativeFrameNumber",
            Attribute(0x00286010, "US", "1", "3", name="Representative Frame Number"),
            None,
        ),
        (
            "FrameNumbersOfInterest",
            Attribute(0x00286020, "US", "1-n", "3", name="Frame Numbers Of Interest (FOI)"),
            None,
        ),
        (
            "FrameOfInterestDescription",
            Attribute(0x00286022, "LO", "1-n", "3", name="Frame Of Interest Description"),
            None,
        ),
        (
            "FrameOfInterestType",
            Attribute(0x00286023, "CS", "1-n", "3", name="Frame of Interest Type"),
            None,
        ),
    ),
)
