"""Presence rules of SOP Instance Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SOPInstanceReferenceMacro = (
    "table_10-11",
    (
        (
            "ReferencedSOPClassUID",
            Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID"),
            None,
        ),
        (
            "ReferencedSOPInstanceUID",
            Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID"),
            None,
        ),
    ),
)
