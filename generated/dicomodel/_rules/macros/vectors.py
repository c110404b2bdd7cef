"""Presence rules of Vectors Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VectorsMacro = (
    "table_C.27-3",
    (
        ("NumberOfVectors", Attribute(0x0066001E, "UL", "1", "1", name="Number of Vectors"), None),
        (
            "VectorDimensionality",
            Attribute(0x0066001F, "US", "1", "1", name="Vector Dimensionality"),
            None,
        ),
        ("VectorAccuracy", Attribute(0x00660020, "FL", "1-n", "3", name="Vector Accuracy"), None),
        (
            "VectorCoordinateData",
            Attribute(0x00660021, "OF", "1", "1", name="Vector Coordinate Data"),
            None,
        ),
    ),
)
