"""Presence rules of Temporal Coordinates Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TemporalCoordinatesMacro = (
    "table_C.18.7-1",
    (
        (
            "TemporalRangeType",
            Attribute(
                0x0040A130,
                "CS",
                "1",
                "1",
                name="Temporal Range Type",
                enumerated=(
                    (0, ("POINT", "MULTIPOINT", "SEGMENT", "MULTISEGMENT", "BEGIN", "END")),
                ),
            ),
            None,
        ),
        (
            "ReferencedSamplePositions",
            Attribute(
                0x0040A132,
                "UL",
                "1-n",
                "1C",
                name="Referenced Sample Positions",
                when=(
                    "and",
                    ("unknown", "depends on the referenced instance or item"),
                    ("not", ("present", 0x0040A138)),
                    ("not", ("present", 0x0040A13A)),
                ),
            ),
            None,
        ),
        (
            "ReferencedTimeOffsets",
            Attribute(
                0x0040A138,
                "DS",
                "1-n",
                "1C",
                name="Referenced Time Offsets",
                when=("and", ("not", ("present", 0x0040A132)), ("not", ("present", 0x0040A13A))),
            ),
            None,
        ),
        (
            "ReferencedDateTime",
            Attribute(
                0x0040A13A,
                "DT",
                "1-n",
                "1C",
                name="Referenced DateTime",
                when=("and", ("not", ("present", 0x0040A132)), ("not", ("present", 0x0040A138))),
            ),
            None,
        ),
    ),
)
