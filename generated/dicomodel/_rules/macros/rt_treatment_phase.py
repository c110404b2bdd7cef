"""Presence rules of RT Treatment Phase Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTTreatmentPhaseMacro = (
    "table_C.36.2.1.2-1",
    (
        (
            "RTTreatmentPhaseIndex",
            Attribute(0x3010003A, "US", "1", "1", name="RT Treatment Phase Index"),
            None,
        ),
        (
            "RTTreatmentPhaseUID",
            Attribute(0x3010003B, "UI", "1", "2", name="RT Treatment Phase UID"),
            None,
        ),
        ("EntityLabel", Attribute(0x30100035, "SH", "1", "1", name="Entity Label"), None),
        ("EntityName", Attribute(0x30100036, "LO", "1", "3", name="Entity Name"), None),
        (
            "EntityDescription",
            Attribute(0x30100037, "ST", "1", "3", name="Entity Description"),
            None,
        ),
        (
            "IntendedPhaseStartDate",
            Attribute(0x3010004C, "DA", "1", "2", name="Intended Phase Start Date"),
            None,
        ),
        (
            "IntendedPhaseEndDate",
            Attribute(0x3010004D, "DA", "1", "2", name="Intended Phase End Date"),
            None,
        ),
    ),
)
