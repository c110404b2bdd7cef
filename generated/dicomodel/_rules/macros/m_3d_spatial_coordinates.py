"""Presence rules of 3D Spatial Coordinates Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ThreeDSpatialCoordinatesMacro = (
    "table_C.18.9-1",
    (
        (
            "ReferencedFrameOfReferenceUID",
            Attribute(0x30060024, "UI", "1", "1", name="Referenced Frame of Reference UID"),
            None,
        ),
        ("GraphicData", Attribute(0x00700022, "FL", "2-n", "1", name="Graphic Data"), None),
        (
            "GraphicType",
            Attribute(
                0x00700023,
                "CS",
                "1",
                "1",
                name="Graphic Type",
                enumerated=(
                    (0, ("POINT", "MULTIPOINT", "POLYLINE", "POLYGON", "ELLIPSE", "ELLIPSOID")),
                ),
            ),
            None,
        ),
        ("FiducialUID", Attribute(0x0070031A, "UI", "1", "3", name="Fiducial UID"), None),
    ),
)
