"""Presence rules of Overlay Activation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OverlayActivationModule = (
    "table_C.11.7-1",
    (
        (
            "OverlayActivationLayer",
            Attribute(
                0x60001001,
                "CS",
                "1",
                "2C",
                name="Overlay Activation Layer",
                when=("unknown", "depends on the referenced instance or item"),
            ),
            None,
        ),
    ),
)
