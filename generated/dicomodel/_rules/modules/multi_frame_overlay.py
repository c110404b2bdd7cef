"""Presence rules of Multi-frame Overlay Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiFrameOverlayModule = (
    "table_C.9-3",
    (
        (
            "NumberOfFramesInOverlay",
            Attribute(0x60000015, "IS", "1", "1", name="Number of Frames in Overlay"),
            None,
        ),
        (
            "ImageFrameOrigin",
            Attribute(
                0x60000051,
                "US",
                "1",
                "1C",
                name="Image Frame Origin",
                when=("unknown", "depends on the multi-frame structure of the pixel data"),
                otherwise="may",
            ),
            None,
        ),
    ),
)
