"""Presence rules of Bulk Motion Synchronization Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BulkMotionSynchronizationModule = (
    "table_C.7.6.18-3",
    (
        (
            "BulkMotionCompensationTechnique",
            Attribute(
                0x00189172,
                "CS",
                "1",
                "1C",
                name="Bulk Motion Compensation Technique",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "BulkMotionSignalSource",
            Attribute(
                0x00189173,
                "CS",
                "1",
                "1C",
                name="Bulk Motion Signal Source",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189172, 0, "not_in", ("NONE",)),
                ),
            ),
            None,
        ),
    ),
)
