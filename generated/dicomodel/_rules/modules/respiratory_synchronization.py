"""Presence rules of Respiratory Synchronization Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RespiratorySynchronizationModule = (
    "table_C.7.6.18-2",
    (
        (
            "RespiratoryMotionCompensationTechnique",
            Attribute(
                0x00189170,
                "CS",
                "1",
                "1C",
                name="Respiratory Motion Compensation Technique",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "RespiratorySignalSource",
            Attribute(
                0x00189171,
                "CS",
                "1",
                "1C",
                name="Respiratory Signal Source",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189170, 0, "not_in", ("NONE",)),
                ),
            ),
            None,
        ),
        (
            "RespiratoryTriggerDelayThreshold",
            Attribute(
                0x00209256,
                "FD",
                "1",
                "1C",
                name="Respiratory Trigger Delay Threshold",
                when=(
                    "and",
                    ("value", 0x00189170, 0, "not_in", ("NONE", "REALTIME", "BREATH_HOLD")),
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "RespiratoryTriggerType",
            Attribute(
                0x00209250,
                "CS",
                "1",
                "1C",
                name="Respiratory Trigger Type",
                when=("unknown", "names no attribute: the value is not TIME"),
                otherwise="may",
            ),
            None,
        ),
    ),
)
