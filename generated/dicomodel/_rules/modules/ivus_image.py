"""Presence rules of IVUS Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IVUSImageModule = (
    "table_C.8.24.4-1",
    (
        ("IVUSAcquisition", Attribute(0x00183100, "CS", "1", "1", name="IVUS Acquisition"), None),
        (
            "IVUSPullbackRate",
            Attribute(
                0x00183101,
                "DS",
                "1",
                "1C",
                name="IVUS Pullback Rate",
                when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK",)),
            ),
            None,
        ),
        (
            "IVUSGatedRate",
            Attribute(
                0x00183102,
                "DS",
                "1",
                "1C",
                name="IVUS Gated Rate",
                when=("value", 0x00183100, 0, "in", ("GATED_PULLBACK",)),
            ),
            None,
        ),
        (
            "IVUSPullbackStartFrameNumber",
            Attribute(
                0x00183103,
                "IS",
                "1",
                "1C",
                name="IVUS Pullback Start Frame Number",
                when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK", "GATED_PULLBACK")),
            ),
            None,
        ),
        (
            "IVUSPullbackStopFrameNumber",
            Attribute(
                0x00183104,
                "IS",
                "1",
                "1C",
                name="IVUS Pullback Stop Frame Number",
                when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK", "GATED_PULLBACK")),
            ),
            None,
        ),
    ),
)
