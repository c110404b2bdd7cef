"""Presence rules of General Defined Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralDefinedAcquisitionModule = (
    "table_C.34.9-1",
    (
        (
            "AcquisitionProtocolElementSpecificationSequence",
            Attribute(
                0x0018991F,
                "SQ",
                "1",
                "1",
                name="Acquisition Protocol Element Specification Sequence",
            ),
            Lazy(
                "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
                "AcquisitionProtocolElementSpecificationSequenceItem",
            ),
        ),
    ),
)
