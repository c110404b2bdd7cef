"""Presence rules of General Defined Reconstruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralDefinedReconstructionModule = (
    "table_C.34.11-1",
    (
        (
            "ReconstructionProtocolElementSpecificationSequence",
            Attribute(
                0x00189933,
                "SQ",
                "1",
                "1",
                name="Reconstruction Protocol Element Specification Sequence",
            ),
            Lazy(
                "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
                "AcquisitionProtocolElementSpecificationSequenceItem",
            ),
        ),
    ),
)
