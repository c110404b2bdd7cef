"""Presence rules of Multi-Planar Reconstruction Geometry Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiPlanarReconstructionGeometryModule = (
    "table_C.11.26-1",
    (
        (
            "MultiPlanarReconstructionStyle",
            Attribute(
                0x00701501,
                "CS",
                "1",
                "1",
                name="Multi-Planar Reconstruction Style",
                enumerated=((0, ("PLANAR",)),),
            ),
            None,
        ),
        (
            "MPRThicknessType",
            Attribute(
                0x00701502,
                "CS",
                "1",
                "1",
                name="MPR Thickness Type",
                enumerated=((0, ("THIN", "SLAB")),),
            ),
            None,
        ),
        (
            "MPRSlabThickness",
            Attribute(
                0x00701503,
                "FD",
                "1",
                "1C",
                name="MPR Slab Thickness",
                when=("value", 0x00701502, 0, "in", ("SLAB",)),
            ),
            None,
        ),
        (
            "MPRViewWidthDirection",
            Attribute(
                0x00701507,
                "FD",
                "3",
                "1C",
                name="MPR View Width Direction",
                when=("value", 0x00701501, 0, "in", ("PLANAR",)),
            ),
            None,
        ),
        (
            "MPRViewWidth",
            Attribute(
                0x00701508,
                "FD",
                "1",
                "1C",
                name="MPR View Width",
                when=("value", 0x00701501, 0, "in", ("PLANAR",)),
            ),
            None,
        ),
        (
            "MPRViewHeightDirection",
            Attribute(
                0x00701511,
                "FD",
                "3",
                "1C",
                name="MPR View Height Direction",
                when=("value", 0x00701501, 0, "in", ("PLANAR",)),
            ),
            None,
        ),
        (
            "MPRViewHeight",
            Attribute(
                0x00701512,
                "FD",
                "1",
                "1C",
                name="MPR View Height",
                when=("value", 0x00701501, 0, "in", ("PLANAR",)),
            ),
            None,
        ),
        (
            "MPRTopLeftHandCorner",
            Attribute(
                0x00701505,
                "FD",
                "3",
                "1C",
                name="MPR Top Left Hand Corner",
                when=("value", 0x00701501, 0, "in", ("PLANAR",)),
            ),
            None,
        ),
    ),
)
