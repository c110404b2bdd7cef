"""Presence rules of Externally-Sourced Data Set Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ExternallySourcedDataSetIdentificationMacro = (
    "table_10-22",
    (
        ("DataSetName", Attribute(0x00240306, "LO", "1", "1", name="Data Set Name"), None),
        ("DataSetVersion", Attribute(0x00240307, "LO", "1", "1", name="Data Set Version"), None),
        ("DataSetSource", Attribute(0x00240308, "LO", "1", "1", name="Data Set Source"), None),
        (
            "DataSetDescription",
            Attribute(0x00240309, "LO", "1", "3", name="Data Set Description"),
            None,
        ),
    ),
)
