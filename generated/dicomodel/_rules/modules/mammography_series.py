"""Presence rules of Mammography Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MammographySeriesModule = (
    "table_C.8-73",
    (
        (
            "Modality",
            Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("MG",)),)),
            None,
        ),
        (
            "RequestAttributesSequence",
            Attribute(0x00400275, "SQ", "1", "3", name="Request Attributes Sequence"),
            Lazy("dicomodel.items.request_attributes_item", "RequestAttributesItem"),
        ),
    ),
)
