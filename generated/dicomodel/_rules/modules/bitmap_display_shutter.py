"""Presence rules of Bitmap Display Shutter Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BitmapDisplayShutterModule = (
    "table_C.7.6.15-1",
    (
        (
            "ShutterShape",
            Attribute(
                0x00181600, "CS", "1-3", "1", name="Shutter Shape", enumerated=((0, ("BITMAP",)),)
            ),
            None,
        ),
        (
            "ShutterOverlayGroup",
            Attribute(0x00181623, "US", "1", "1", name="Shutter Overlay Group"),
            None,
        ),
        (
            "ShutterPresentationValue",
            Attribute(0x00181622, "US", "1", "1", name="Shutter Presentation Value"),
            None,
        ),
        (
            "ShutterPresentationColorCIELabValue",
            Attribute(0x00181624, "US", "3", "3", name="Shutter Presentation Color CIELab Value"),
            None,
        ),
    ),
)
