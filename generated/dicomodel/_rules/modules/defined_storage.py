"""Presence rules of Defined Storage Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DefinedStorageModule = (
    "table_C.34.13-1",
    (
        (
            "StorageProtocolElementSpecificationSequence",
            Attribute(
                0x00189935, "SQ", "1", "1", name="Storage Protocol Element Specification Sequence"
            ),
            Lazy(
                "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
                "AcquisitionProtocolElementSpecificationSequenceItem",
            ),
        ),
    ),
)
