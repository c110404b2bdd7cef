"""Item class OverrideSequenceItemRTBrachySessionRecord.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OverrideSequenceItemRTBrachySessionRecord(DicomModel):
    """An item of Override Sequence (3008,0060), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Override Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    OverrideParameterPointer: Annotated[
        vr.AT | None, Attribute(0x30080062, "AT", "1", "2", name="Override Parameter Pointer")
    ]
    """Override Parameter Pointer (3008,0062): Type 2, VR AT, VM 1. Contains the Data Element Tag of the Attribute that was overridden."""

    OperatorsName: Annotated[
        list[vr.PN] | None, Attribute(0x00081070, "PN", "1-n", "2", name="Operators' Name")
    ]
    """Operators' Name (0008,1070): Type 2, VR PN, VM 1-n. Name of operator who authorized override."""

    OperatorIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(0x00081072, "SQ", "1", "3", name="Operator Identification Sequence"),
    ] = None
    """Operator Identification Sequence (0008,1072): Type 3, VR SQ, VM 1. Identification of the operator who authorized override. Only a single Item is permitted in this Sequence."""

    OverrideReason: Annotated[
        vr.ST | None, Attribute(0x30080066, "ST", "1", "3", name="Override Reason")
    ] = None
    """Override Reason (3008,0066): Type 3, VR ST, VM 1. User-defined description of reason for override of parameter specified by Override Parameter Pointer (3008,0062)."""
