"""Presence rules of X-Ray 3D General Positioner Movement Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRay3DGeneralPositionerMovementMacro = (
    "table_C.8.21.3.1.3-1",
    (
        (
            "PrimaryPositionerScanArc",
            Attribute(
                0x00189508,
                "FL",
                "1",
                "1C",
                name="Primary Positioner Scan Arc",
                when=("value", 0x00080060, 0, "in", ("MG",)),
            ),
            None,
        ),
        (
            "PrimaryPositionerScanStartAngle",
            Attribute(
                0x00189510,
                "FL",
                "1",
                "1C",
                name="Primary Positioner Scan Start Angle",
                when=("value", 0x00080060, 0, "in", ("MG",)),
            ),
            None,
        ),
        (
            "PrimaryPositionerIncrement",
            Attribute(
                0x00189514,
                "FL",
                "1",
                "1C",
                name="Primary Positioner Increment",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "PrimaryPositionerIncrementSign",
            Attribute(0x00189518, "SS", "1", "3", name="Primary Positioner Increment Sign"),
            None,
        ),
        (
            "SecondaryPositionerScanArc",
            Attribute(
                0x00189509,
                "FL",
                "1",
                "1C",
                name="Secondary Positioner Scan Arc",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "SecondaryPositionerScanStartAngle",
            Attribute(
                0x00189511,
                "FL",
                "1",
                "1C",
                name="Secondary Positioner Scan Start Angle",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "SecondaryPositionerIncrement",
            Attribute(
                0x00189515,
                "FL",
                "1",
                "1C",
                name="Secondary Positioner Increment",
                when=(
                    "unknown",
                    "names no attribute: present and consistent in the contributing SOP Instances",
                ),
            ),
            None,
        ),
        (
            "SecondaryPositionerIncrementSign",
            Attribute(0x00189519, "SS", "1", "3", name="Secondary Positioner Increment Sign"),
            None,
        ),
    ),
)
