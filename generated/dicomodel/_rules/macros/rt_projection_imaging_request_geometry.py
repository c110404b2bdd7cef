"""Presence rules of RT Projection Imaging Request Geometry Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTProjectionImagingRequestGeometryMacro = (
    "table_C.36.2.4.1-1",
    (
        (
            "ImagingSourceLocationSpecificationType",
            Attribute(
                0x30020111,
                "CS",
                "1",
                "1",
                name="Imaging Source Location Specification Type",
                enumerated=((0, ("ABSOLUTE_MATRIX", "ABSOLUTE_PARAMS", "RELATIVE_PARAMS")),),
            ),
            None,
        ),
        (
            "ImagingDeviceLocationMatrixSequence",
            Attribute(
                0x30020112,
                "SQ",
                "1",
                "1C",
                name="Imaging Device Location Matrix Sequence",
                when=(
                    "and",
                    ("present", 0x30020111),
                    ("value", 0x30020111, 0, "in", ("ABSOLUTE_MATRIX",)),
                ),
            ),
            Lazy(
                "dicomodel.items.matrix_based_rt_imaging_geometry_item",
                "MatrixBasedRTImagingGeometryItem",
            ),
        ),
        (
            "ImagingDeviceLocationParameterSequence",
            Attribute(
                0x30020113,
                "SQ",
                "1",
                "1C",
                name="Imaging Device Location Parameter Sequence",
                when=(
                    "and",
                    ("present", 0x30020111),
                    ("value", 0x30020111, 0, "in", ("ABSOLUTE_PARAMS", "RELATIVE_PARAMS")),
                ),
            ),
            Lazy(
                "dicomodel.items.imaging_device_location_parameter_sequence_item",
                "ImagingDeviceLocationParameterSequenceItem",
            ),
        ),
    ),
)
