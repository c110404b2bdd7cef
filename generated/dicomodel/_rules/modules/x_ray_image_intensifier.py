"""Presence rules of X-Ray Image Intensifier Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayImageIntensifierModule = (
    "table_C.8.19.4-1",
    (
        ("IntensifierSize", Attribute(0x00181162, "DS", "1", "1", name="Intensifier Size"), None),
        (
            "IntensifierActiveShape",
            Attribute(
                0x00189427,
                "CS",
                "1",
                "1",
                name="Intensifier Active Shape",
                enumerated=((0, ("RECTANGLE", "ROUND", "HEXAGONAL")),),
            ),
            None,
        ),
        (
            "IntensifierActiveDimensions",
            Attribute(0x00189428, "FL", "1-2", "1", name="Intensifier Active Dimension(s)"),
            None,
        ),
    ),
)
