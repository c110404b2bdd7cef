"""RT Patient Position Acquisition Instruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.acquisition_task_sequence_item import AcquisitionTaskSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTPatientPositionAcquisitionInstructionModule(DicomModel):
    """RT Patient Position Acquisition Instruction Module Attributes (PS3.3 Table C.36.29-1)."""

    dicom_name: ClassVar[str] = "RT Patient Position Acquisition Instruction"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    EntityLongLabel: Annotated[
        vr.LO, Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label")
    ]
    """Entity Long Label (3010,0038): Type 1, VR LO, VM 1. User-defined label for this entity. See Section 10.32.2.1."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""

    AcquisitionTaskSequence: Annotated[
        list[AcquisitionTaskSequenceItem],
        Attribute(0x30020118, "SQ", "1", "1", name="Acquisition Task Sequence"),
    ]
    """Acquisition Task Sequence (3002,0118): Type 1, VR SQ, VM 1. The types and details of acquisitions which are requested by the current Instance. One or more Items shall be included in this Sequence."""
