"""Presence rules of Performed XA Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PerformedXAAcquisitionModule = (
    "table_C.34.17-1",
    (
        (
            "AcquisitionProtocolElementSequence",
            Attribute(0x00189920, "SQ", "1", "2", name="Acquisition Protocol Element Sequence"),
            Lazy(
                "dicomodel.items.acquisition_protocol_element_sequence_item_performed_xa_acquisition",
                "AcquisitionProtocolElementSequenceItemPerformedXAAcquisition",
            ),
        ),
    ),
)
