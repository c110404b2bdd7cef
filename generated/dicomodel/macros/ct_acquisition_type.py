"""CT Acquisition Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_acquisition_type_sequence_item import CTAcquisitionTypeSequenceItem
from dicomodel.model import Attribute, DicomModel


class CTAcquisitionTypeMacro(DicomModel):
    """CT Acquisition Type Macro Attributes (PS3.3 Table C.8-118)."""

    dicom_name: ClassVar[str] = "CT Acquisition Type"
    dicom_table: ClassVar[str] = "table_C.8-118"

    CTAcquisitionTypeSequence: Annotated[
        list[CTAcquisitionTypeSequenceItem],
        Attribute(0x00189301, "SQ", "1", "1", name="CT Acquisition Type Sequence"),
    ]
    """CT Acquisition Type Sequence (0018,9301): Type 1, VR SQ, VM 1. Contains the Attributes defining the CT acquisition mode. Only a single Item shall be included in this Sequence."""
