"""Presence rules of RT Image Frame Imaging Device Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTImageFrameImagingDevicePositionMacro = (
    "table_C.36.2.4.9-1",
    (
        (
            "RTImageFrameImagingDevicePositionSequence",
            Attribute(
                0x30020109, "SQ", "1", "1", name="RT Image Frame Imaging Device Position Sequence"
            ),
            Lazy(
                "dicomodel.items.matrix_based_rt_imaging_geometry_item",
                "MatrixBasedRTImagingGeometryItem",
            ),
        ),
    ),
)
