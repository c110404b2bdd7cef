"""Presence rules of X-Ray Table Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayTableModule = (
    "table_C.8-29",
    (
        ("TableMotion", Attribute(0x00181134, "CS", "1", "2", name="Table Motion"), None),
        (
            "TableVerticalIncrement",
            Attribute(
                0x00181135,
                "DS",
                "1-n",
                "2C",
                name="Table Vertical Increment",
                when=("value", 0x00181134, 0, "in", ("DYNAMIC",)),
            ),
            None,
        ),
        (
            "TableLongitudinalIncrement",
            Attribute(
                0x00181137,
                "DS",
                "1-n",
                "2C",
                name="Table Longitudinal Increment",
                when=("value", 0x00181134, 0, "in", ("DYNAMIC",)),
            ),
            None,
        ),
        (
            "TableLateralIncrement",
            Attribute(
                0x00181136,
                "DS",
                "1-n",
                "2C",
                name="Table Lateral Increment",
                when=("value", 0x00181134, 0, "in", ("DYNAMIC",)),
            ),
            None,
        ),
        ("TableAngle", Attribute(0x00181138, "DS", "1", "3", name="Table Angle"), None),
    ),
)
