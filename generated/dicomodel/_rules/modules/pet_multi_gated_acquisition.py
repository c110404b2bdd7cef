"""Presence rules of PET Multi-Gated Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETMultiGatedAcquisitionModule = (
    "table_C.8-62",
    (
        (
            "BeatRejectionFlag",
            Attribute(
                0x00181080,
                "CS",
                "1",
                "2",
                name="Beat Rejection Flag",
                enumerated=((0, ("Y", "N")),),
            ),
            None,
        ),
        (
            "TriggerSourceOrType",
            Attribute(0x00181061, "LO", "1", "3", name="Trigger Source or Type"),
            None,
        ),
        ("PVCRejection", Attribute(0x00181085, "LO", "1", "3", name="PVC Rejection"), None),
        ("SkipBeats", Attribute(0x00181086, "IS", "1", "3", name="Skip Beats"), None),
        ("HeartRate", Attribute(0x00181088, "IS", "1", "3", name="Heart Rate"), None),
        (
            "CardiacFramingType",
            Attribute(0x00181064, "LO", "1", "3", name="Cardiac Framing Type"),
            None,
        ),
    ),
)
