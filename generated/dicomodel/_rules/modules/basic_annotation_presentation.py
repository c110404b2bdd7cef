"""Presence rules of Basic Annotation Presentation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BasicAnnotationPresentationModule = (
    "table_C.13-7",
    (
        (
            "AnnotationPosition",
            Attribute(0x20300010, "US", "1", None, name="Annotation Position"),
            None,
        ),
        ("TextString", Attribute(0x20300020, "LO", "1", None, name="Text String"), None),
    ),
)
