"""General Defined Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
    AcquisitionProtocolElementSpecificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class GeneralDefinedAcquisitionModule(DicomModel):
    """General Defined Acquisition Module Attributes (PS3.3 Table C.34.9-1)."""

    dicom_name: ClassVar[str] = "General Defined Acquisition"
    dicom_table: ClassVar[str] = "table_C.34.9-1"

    AcquisitionProtocolElementSpecificationSequence: Annotated[
        list[AcquisitionProtocolElementSpecificationSequenceItem],
        Attribute(
            0x0018991F, "SQ", "1", "1", name="Acquisition Protocol Element Specification Sequence"
        ),
    ]
    """Acquisition Protocol Element Specification Sequence (0018,991F): Type 1, VR SQ, VM 1. Specification of the acquisition parameters for acquisition protocol elements in an imaging procedure. There shall be one Item in this Sequence for each Acquisition Protocol Element in the Protocol. See Section C.34.9.1."""
