"""Presence rules of Synchronization Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SynchronizationModule = (
    "table_C.7-7",
    (
        (
            "SynchronizationFrameOfReferenceUID",
            Attribute(0x00200200, "UI", "1", "1", name="Synchronization Frame of Reference UID"),
            None,
        ),
        (
            "SynchronizationTrigger",
            Attribute(
                0x0018106A,
                "CS",
                "1",
                "1",
                name="Synchronization Trigger",
                enumerated=((0, ("SOURCE", "EXTERNAL", "PASSTHRU", "NO TRIGGER")),),
            ),
            None,
        ),
        (
            "TriggerSourceOrType",
            Attribute(0x00181061, "LO", "1", "3", name="Trigger Source or Type"),
            None,
        ),
        (
            "SynchronizationChannel",
            Attribute(
                0x0018106C,
                "US",
                "2",
                "1C",
                name="Synchronization Channel",
                when=("unknown", "depends on the synchronization of the acquisition"),
            ),
            None,
        ),
        (
            "AcquisitionTimeSynchronized",
            Attribute(
                0x00181800,
                "CS",
                "1",
                "1",
                name="Acquisition Time Synchronized",
                enumerated=((0, ("Y", "N")),),
            ),
            None,
        ),
        ("TimeSource", Attribute(0x00181801, "SH", "1", "3", name="Time Source"), None),
        (
            "TimeDistributionProtocol",
            Attribute(
                0x00181802,
                "CS",
                "1",
                "3",
                name="Time Distribution Protocol",
                enumerated=((0, ("NTP", "IRIG", "GPS", "SNTP", "PTP")),),
            ),
            None,
        ),
        (
            "NTPSourceAddress",
            Attribute(0x00181803, "LO", "1", "3", name="NTP Source Address"),
            None,
        ),
    ),
)
