"""Presence rules of Spatial Coordinates Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SpatialCoordinatesMacro = (
    "table_C.18.6-1",
    (
        ("GraphicData", Attribute(0x00700022, "FL", "2-n", "1", name="Graphic Data"), None),
        (
            "GraphicType",
            Attribute(
                0x00700023,
                "CS",
                "1",
                "1",
                name="Graphic Type",
                enumerated=((0, ("POINT", "MULTIPOINT", "POLYLINE", "CIRCLE", "ELLIPSE")),),
            ),
            None,
        ),
        (
            "PixelOriginInterpretation",
            Attribute(
                0x00480301,
                "CS",
                "1",
                "1C",
                name="Pixel Origin Interpretation",
                enumerated=((0, ("FRAME", "VOLUME")),),
                when=(
                    "unknown",
                    "condition not read: no verb after 'Total Pixel Matrix Rows (0048,0007) )' (in 'Required if the instance referenced by Referenced Image Sequence (0008,1140) is tiled ( i.e. , contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007) )')",
                ),
                otherwise="may",
            ),
            None,
        ),
        ("FiducialUID", Attribute(0x0070031A, "UI", "1", "3", name="Fiducial UID"), None),
    ),
)
