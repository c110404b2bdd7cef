"""Presence rules of X-Ray Projection Pixel Calibration Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayProjectionPixelCalibrationMacro = (
    "table_C.8.19.6-9",
    (
        (
            "ProjectionPixelCalibrationSequence",
            Attribute(0x00189401, "SQ", "1", "1", name="Projection Pixel Calibration Sequence"),
            Lazy(
                "dicomodel.items.projection_pixel_calibration_sequence_item",
                "ProjectionPixelCalibrationSequenceItem",
            ),
        ),
    ),
)
