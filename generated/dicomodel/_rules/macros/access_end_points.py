"""Presence rules of Access End Points Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
AccessEndPointsMacro = (
    "table_C.38.2-4",
    (
        (
            "RetrieveAETitle",
            Attribute(0x00080054, "AE", "1-n", "3", name="Retrieve AE Title"),
            None,
        ),
        ("RetrieveURL", Attribute(0x00081190, "UR", "1", "3", name="Retrieve URL"), None),
        (
            "StoredInstanceBaseURI",
            Attribute(0x00080407, "UR", "1", "3", name="Stored Instance Base URI"),
            None,
        ),
    ),
)
