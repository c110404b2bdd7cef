"""General Defined Reconstruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
    AcquisitionProtocolElementSpecificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class GeneralDefinedReconstructionModule(DicomModel):
    """General Defined Reconstruction Module Attributes (PS3.3 Table C.34.11-1)."""

    dicom_name: ClassVar[str] = "General Defined Reconstruction"
    dicom_table: ClassVar[str] = "table_C.34.11-1"

    ReconstructionProtocolElementSpecificationSequence: Annotated[
        list[AcquisitionProtocolElementSpecificationSequenceItem],
        Attribute(
            0x00189933,
            "SQ",
            "1",
            "1",
            name="Reconstruction Protocol Element Specification Sequence",
        ),
    ]
    """Reconstruction Protocol Element Specification Sequence (0018,9933): Type 1, VR SQ, VM 1. Specification of the parameters for reconstruction of the acquired data of an imaging procedure. There shall be one Item in this Sequence for each reconstruction protocol element in the Protocol. See Section C.34.11.1."""
