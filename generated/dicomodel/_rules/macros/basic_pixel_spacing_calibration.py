"""Presence rules of Basic Pixel Spacing Calibration Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BasicPixelSpacingCalibrationMacro = (
    "table_10-10",
    (
        (
            "PixelSpacing",
            Attribute(
                0x00280030,
                "DS",
                "2",
                "1C",
                name="Pixel Spacing",
                when=("unknown", "names no attribute: the image has been calibrated"),
                otherwise="may",
            ),
            None,
        ),
        (
            "PixelSpacingCalibrationType",
            Attribute(
                0x00280A02,
                "CS",
                "1",
                "3",
                name="Pixel Spacing Calibration Type",
                enumerated=((0, ("GEOMETRY", "FIDUCIAL")),),
            ),
            None,
        ),
        (
            "PixelSpacingCalibrationDescription",
            Attribute(
                0x00280A04,
                "LO",
                "1",
                "1C",
                name="Pixel Spacing Calibration Description",
                when=("present", 0x00280A02),
            ),
            None,
        ),
    ),
)
