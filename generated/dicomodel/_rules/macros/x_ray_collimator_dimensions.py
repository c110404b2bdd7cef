"""Presence rules of X-Ray Collimator Dimensions Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayCollimatorDimensionsMacro = (
    "table_C.8-28b",
    (
        (
            "CollimatorLeftVerticalEdge",
            Attribute(
                0x00181702,
                "IS",
                "1",
                "1C",
                name="Collimator Left Vertical Edge",
                when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "CollimatorRightVerticalEdge",
            Attribute(
                0x00181704,
                "IS",
                "1",
                "1C",
                name="Collimator Right Vertical Edge",
                when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "CollimatorUpperHorizontalEdge",
            Attribute(
                0x00181706,
                "IS",
                "1",
                "1C",
                name="Collimator Upper Horizontal Edge",
                when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "CollimatorLowerHorizontalEdge",
            Attribute(
                0x00181708,
                "IS",
                "1",
                "1C",
                name="Collimator Lower Horizontal Edge",
                when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
            ),
            None,
        ),
        (
            "CenterOfCircularCollimator",
            Attribute(
                0x00181710,
                "IS",
                "2",
                "1C",
                name="Center of Circular Collimator",
                when=("value", 0x00181700, 0, "in", ("CIRCULAR",)),
            ),
            None,
        ),
        (
            "RadiusOfCircularCollimator",
            Attribute(
                0x00181712,
                "IS",
                "1",
                "1C",
                name="Radius of Circular Collimator",
                when=("value", 0x00181700, 0, "in", ("CIRCULAR",)),
            ),
            None,
        ),
        (
            "VerticesOfThePolygonalCollimator",
            Attribute(
                0x00181720,
                "IS",
                "2-2n",
                "1C",
                name="Vertices of the Polygonal Collimator",
                when=("value", 0x00181700, 0, "in", ("POLYGONAL",)),
            ),
            None,
        ),
    ),
)
