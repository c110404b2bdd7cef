"""Presence rules of Exposure Index Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ExposureIndexMacro = (
    "table_10-23",
    (
        ("ExposureIndex", Attribute(0x00181411, "DS", "1", "3", name="Exposure Index"), None),
        (
            "TargetExposureIndex",
            Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index"),
            None,
        ),
        ("DeviationIndex", Attribute(0x00181413, "DS", "1", "3", name="Deviation Index"), None),
    ),
)
