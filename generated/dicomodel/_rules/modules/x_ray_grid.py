"""Presence rules of X-Ray Grid Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayGridModule = (
    "table_C.8-36",
    (
        ("Grid", Attribute(0x00181166, "CS", "1-n", "3", name="Grid"), None),
        (
            "GridAbsorbingMaterial",
            Attribute(0x00187040, "LT", "1", "3", name="Grid Absorbing Material"),
            None,
        ),
        (
            "GridSpacingMaterial",
            Attribute(0x00187041, "LT", "1", "3", name="Grid Spacing Material"),
            None,
        ),
        ("GridThickness", Attribute(0x00187042, "DS", "1", "3", name="Grid Thickness"), None),
        ("GridPitch", Attribute(0x00187044, "DS", "1", "3", name="Grid Pitch"), None),
        ("GridAspectRatio", Attribute(0x00187046, "IS", "2", "3", name="Grid Aspect Ratio"), None),
        ("GridPeriod", Attribute(0x00187048, "DS", "1", "3", name="Grid Period"), None),
        (
            "GridFocalDistance",
            Attribute(0x0018704C, "DS", "1", "3", name="Grid Focal Distance"),
            None,
        ),
        ("GridID", Attribute(0x00181006, "LO", "1", "3", name="Grid ID"), None),
    ),
)
