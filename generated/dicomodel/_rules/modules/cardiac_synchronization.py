"""Presence rules of Cardiac Synchronization Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CardiacSynchronizationModule = (
    "table_C.7.6.18-1",
    (
        (
            "CardiacSynchronizationTechnique",
            Attribute(
                0x00189037,
                "CS",
                "1",
                "1C",
                name="Cardiac Synchronization Technique",
                enumerated=((0, ("NONE", "REALTIME", "PROSPECTIVE", "RETROSPECTIVE", "PACED")),),
                when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                otherwise="may",
            ),
            None,
        ),
        (
            "CardiacSignalSource",
            Attribute(
                0x00189085,
                "CS",
                "1",
                "1C",
                name="Cardiac Signal Source",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189037, 0, "not_in", ("NONE",)),
                ),
            ),
            None,
        ),
        (
            "CardiacRRIntervalSpecified",
            Attribute(
                0x00189070,
                "FD",
                "1",
                "1C",
                name="Cardiac RR Interval Specified",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189037, 0, "not_in", ("NONE",)),
                ),
            ),
            None,
        ),
        (
            "CardiacBeatRejectionTechnique",
            Attribute(
                0x00189169,
                "CS",
                "1",
                "1C",
                name="Cardiac Beat Rejection Technique",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
                ),
            ),
            None,
        ),
        (
            "LowRRValue",
            Attribute(
                0x00181081,
                "IS",
                "1",
                "2C",
                name="Low R-R Value",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
                ),
            ),
            None,
        ),
        (
            "HighRRValue",
            Attribute(
                0x00181082,
                "IS",
                "1",
                "2C",
                name="High R-R Value",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
                ),
            ),
            None,
        ),
        (
            "IntervalsAcquired",
            Attribute(
                0x00181083,
                "IS",
                "1",
                "2C",
                name="Intervals Acquired",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189037, 0, "not_in", ("NONE",)),
                ),
            ),
            None,
        ),
        (
            "IntervalsRejected",
            Attribute(
                0x00181084,
                "IS",
                "1",
                "2C",
                name="Intervals Rejected",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("value", 0x00189037, 0, "not_in", ("NONE",)),
                ),
            ),
            None,
        ),
        ("SkipBeats", Attribute(0x00181086, "IS", "1", "3", name="Skip Beats"), None),
        (
            "CardiacFramingType",
            Attribute(
                0x00181064,
                "LO",
                "1",
                "1C",
                name="Cardiac Framing Type",
                when=(
                    "unknown",
                    "names no attribute: type of framing is not time forward from trigger",
                ),
                otherwise="may",
            ),
            None,
        ),
    ),
)
