"""Screen Specifications Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ScreenSpecificationsMacro",
]


class ScreenSpecificationsMacro(DicomModel):
    """Screen Specifications Macro Attributes (PS3.3 Table C.23.2-2)."""

    dicom_name: ClassVar[str] = "Screen Specifications"
    dicom_table: ClassVar[str] = "table_C.23.2-2"

    NumberOfVerticalPixels: Annotated[
        vr.US, Attribute(0x00720104, "US", "1", "1", name="Number of Vertical Pixels")
    ]
    """Number of Vertical Pixels (0072,0104): Type 1, VR US, VM 1. Positive integer indicating the intended number of rows of the addressable area of the screen in pixels. The goal is not absolute size matching."""

    NumberOfHorizontalPixels: Annotated[
        vr.US, Attribute(0x00720106, "US", "1", "1", name="Number of Horizontal Pixels")
    ]
    """Number of Horizontal Pixels (0072,0106): Type 1, VR US, VM 1. Positive integer indicating the intended number of columns of the addressable area of the screen in pixels. The goal is not absolute size matching."""

    DisplayEnvironmentSpatialPosition: Annotated[
        list[vr.FD],
        Attribute(0x00720108, "FD", "4", "1", name="Display Environment Spatial Position"),
    ]
    """Display Environment Spatial Position (0072,0108): Type 1, VR FD, VM 4. Exactly four dimensionless floating point values indicating the rectangular coordinate position of the screen within the overall bounding box that encompasses all the screens. See Section C.23.2.1.1."""

    ScreenMinimumGrayscaleBitDepth: Annotated[
        vr.US | None,
        Attribute(
            0x0072010A,
            "US",
            "1",
            "1C",
            name="Screen Minimum Grayscale Bit Depth",
            when=("not", ("present", 0x0072010C)),
        ),
    ] = None
    """Screen Minimum Grayscale Bit Depth (0072,010A): Type 1C, VR US, VM 1. Required if Screen Minimum Color Bit Depth (0072,010C) is not present. Positive integer indicating the desired minimum number of grayscale bits per pixel of the screen. Required if Screen Minimum Color Bit Depth (0072,010C) is not present."""

    ScreenMinimumColorBitDepth: Annotated[
        vr.US | None,
        Attribute(
            0x0072010C,
            "US",
            "1",
            "1C",
            name="Screen Minimum Color Bit Depth",
            when=("not", ("present", 0x0072010A)),
        ),
    ] = None
    """Screen Minimum Color Bit Depth (0072,010C): Type 1C, VR US, VM 1. Required if Screen Minimum Grayscale Bit Depth (0072,010A) is not present. Positive integer indicating the desired minimum total number of bits per color channel used to present a pixel. Required if Screen Minimum Grayscale Bit Depth (0072,010A) is not present."""

    ApplicationMaximumRepaintTime: Annotated[
        vr.US | None, Attribute(0x0072010E, "US", "1", "3", name="Application Maximum Repaint Time")
    ] = None
    """Application Maximum Repaint Time (0072,010E): Type 3, VR US, VM 1. Positive integer indicating the desired maximum time in milliseconds required by the application to repaint the full screen once (i.e., recalculate all pixels and paint them to the screen). This is not the screen refresh time."""
