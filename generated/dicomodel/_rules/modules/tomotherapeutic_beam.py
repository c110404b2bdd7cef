"""Presence rules of Tomotherapeutic Beam Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TomotherapeuticBeamModule = (
    "table_C.36.17-1",
    (
        (
            "TableSpeed",
            Attribute(
                0x00189309,
                "FD",
                "1",
                "1C",
                name="Table Speed",
                when=("value", 0x300A0639, 0, "in", ("NO",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "RevolutionTime",
            Attribute(
                0x00189305,
                "FD",
                "1",
                "1C",
                name="Revolution Time",
                when=(
                    "and",
                    ("code", 0x30100080, (("130108", "DCM"),)),
                    ("value", 0x300A0639, 0, "in", ("NO",)),
                ),
            ),
            None,
        ),
        (
            "NumberOfRTControlPoints",
            Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points"),
            None,
        ),
        (
            "TomotherapeuticControlPointSequence",
            Attribute(0x30100098, "SQ", "1", "1", name="Tomotherapeutic Control Point Sequence"),
            Lazy(
                "dicomodel.items.tomotherapeutic_control_point_sequence_item",
                "TomotherapeuticControlPointSequenceItem",
            ),
        ),
    ),
)
