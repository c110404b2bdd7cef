"""Presence rules of Hanging Protocol Environment Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HangingProtocolEnvironmentModule = (
    "table_C.23.2-1",
    (
        ("NumberOfScreens", Attribute(0x00720100, "US", "1", "2", name="Number of Screens"), None),
        (
            "NominalScreenDefinitionSequence",
            Attribute(0x00720102, "SQ", "1", "2", name="Nominal Screen Definition Sequence"),
            Lazy("dicomodel.items.screen_specifications_item", "ScreenSpecificationsItem"),
        ),
    ),
)
