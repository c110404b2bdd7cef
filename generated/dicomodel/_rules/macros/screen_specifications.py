"""Presence rules of Screen Specifications Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ScreenSpecificationsMacro = (
    "table_C.23.2-2",
    (
        (
            "NumberOfVerticalPixels",
            Attribute(0x00720104, "US", "1", "1", name="Number of Vertical Pixels"),
            None,
        ),
        (
            "NumberOfHorizontalPixels",
            Attribute(0x00720106, "US", "1", "1", name="Number of Horizontal Pixels"),
            None,
        ),
        (
            "DisplayEnvironmentSpatialPosition",
            Attribute(0x00720108, "FD", "4", "1", name="Display Environment Spatial Position"),
            None,
        ),
        (
            "ScreenMinimumGrayscaleBitDepth",
            Attribute(
                0x0072010A,
                "US",
                "1",
                "1C",
                name="Screen Minimum Grayscale Bit Depth",
                when=("not", ("present", 0x0072010C)),
            ),
            None,
        ),
        (
            "ScreenMinimumColorBitDepth",
            Attribute(
                0x0072010C,
                "US",
                "1",
                "1C",
                name="Screen Minimum Color Bit Depth",
                when=("not", ("present", 0x0072010A)),
            ),
            None,
        ),
        (
            "ApplicationMaximumRepaintTime",
            Attribute(0x0072010E, "US", "1", "3", name="Application Maximum Repaint Time"),
            None,
        ),
    ),
)
