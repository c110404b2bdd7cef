"""Defined Storage Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
    AcquisitionProtocolElementSpecificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class DefinedStorageModule(DicomModel):
    """Defined Storage Module Attributes (PS3.3 Table C.34.13-1)."""

    dicom_name: ClassVar[str] = "Defined Storage"
    dicom_table: ClassVar[str] = "table_C.34.13-1"

    StorageProtocolElementSpecificationSequence: Annotated[
        list[AcquisitionProtocolElementSpecificationSequenceItem],
        Attribute(
            0x00189935, "SQ", "1", "1", name="Storage Protocol Element Specification Sequence"
        ),
    ]
    """Storage Protocol Element Specification Sequence (0018,9935): Type 1, VR SQ, VM 1. Specification of the parameters for storage of imaging data. There shall be one Item in this Sequence for each Storage Protocol Element. See Section C.34.13.1. One or more Items shall be included in this Sequence."""
