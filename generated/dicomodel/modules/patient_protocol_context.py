"""Patient Protocol Context Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class PatientProtocolContextModule(DicomModel):
    """Patient Protocol Context Module Attributes (PS3.3 Table C.34.3-1)."""

    dicom_name: ClassVar[str] = "Patient Protocol Context"
    dicom_table: ClassVar[str] = "table_C.34.3-1"

    ReferencedPerformedProtocolSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x0018990D, "SQ", "1", "1", name="Referenced Performed Protocol Sequence"),
    ]
    """Referenced Performed Protocol Sequence (0018,990D): Type 1, VR SQ, VM 1. References to Performed Protocol Instances describing related prior procedures for this patient. One or more Items shall be included in this Sequence."""
