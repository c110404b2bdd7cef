"""Patient Specification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.parameters_specification_sequence_item import (
    ParametersSpecificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PatientSpecificationModule(DicomModel):
    """Patient Specification Module Attributes (PS3.3 Table C.34.5-1)."""

    dicom_name: ClassVar[str] = "Patient Specification"
    dicom_table: ClassVar[str] = "table_C.34.5-1"

    PatientSpecificationSequence: Annotated[
        list[ParametersSpecificationSequenceItem],
        Attribute(0x00189911, "SQ", "1", "1", name="Patient Specification Sequence"),
    ]
    """Patient Specification Sequence (0018,9911): Type 1, VR SQ, VM 1. Constraints on the characteristics of patients to which the protocol is applicable. One or more Items shall be included in this Sequence."""
