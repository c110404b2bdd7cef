"""Presence rules of Composite Object Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CompositeObjectReferenceMacro = (
    "table_C.18.3-1",
    (
        (
            "ReferencedSOPSequence",
            Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
