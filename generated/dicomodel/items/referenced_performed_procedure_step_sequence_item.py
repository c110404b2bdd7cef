"""Item class ReferencedPerformedProcedureStepSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ReferencedPerformedProcedureStepSequenceItem(DicomModel):
    """An item of Referenced Performed Procedure Step Sequence (0008,1111), as first defined in Instance Availability Notification Module Attributes (C.4.23-1)."""

    dicom_name: ClassVar[str] = "Referenced Performed Procedure Step Sequence"
    dicom_table: ClassVar[str] = "table_C.4.23-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    PerformedWorkitemCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00404019, "SQ", "1", "3", name="Performed Workitem Code Sequence"),
    ] = None
    """Performed Workitem Code Sequence (0040,4019): Type -, VR SQ, VM 1. A Sequence that conveys the (single) type of procedure performed. Only a single Item shall be included in this Sequence."""
