"""Item class AcquisitionTaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.acquisition_subtask_sequence_item import AcquisitionSubtaskSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.rt_delivery_start_patient_position_sequence_item import (
    RTDeliveryStartPatientPositionSequenceItem,
)
from dicomodel.items.rt_image_scope_sequence_item import RTImageScopeSequenceItem
from dicomodel.model import Attribute, DicomModel


class AcquisitionTaskSequenceItem(DicomModel):
    """An item of Acquisition Task Sequence (3002,0118), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Acquisition Task Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    AcquisitionTaskIndex: Annotated[
        vr.US, Attribute(0x3002011C, "US", "1", "1", name="Acquisition Task Index")
    ]
    """Acquisition Task Index (3002,011C): Type 1, VR US, VM 1. Index of this acquisition task in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    AcquisitionTaskWorkitemCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x30020119, "SQ", "1", "1", name="Acquisition Task Workitem Code Sequence"),
    ]
    """Acquisition Task Workitem Code Sequence (3002,0119): Type 1, VR SQ, VM 1. The Workitem code of the acquisition task. Only a single Item shall be included in this Sequence."""

    AcquisitionTaskApplicabilitySequence: Annotated[
        list[RTImageScopeSequenceItem] | None,
        Attribute(
            0x30020124,
            "SQ",
            "1",
            "1C",
            name="Acquisition Task Applicability Sequence",
            when=("unknown", "depends on what is known to the creator"),
        ),
    ] = None
    """Acquisition Task Applicability Sequence (3002,0124): Type 1C, VR SQ, VM 1. Required if RT Radiation Set, RT Radiation Instances or Treatment Position Groups exist whose treatment position is guided by this acquisition task. The RT Radiation Set, RT Radiation Instances or the Treatment Position Groups to which the acquisition task is applicable."""

    RTAcquisitionPatientPositionSequence: Annotated[
        list[RTDeliveryStartPatientPositionSequenceItem] | None,
        Attribute(0x30020108, "SQ", "1", "2", name="RT Acquisition Patient Position Sequence"),
    ]
    """RT Acquisition Patient Position Sequence (3002,0108): Type 2, VR SQ, VM 1. The position of the patient when performing this acquisition task. Only a single Item shall be included in this Sequence."""

    AcquisitionSubtaskSequence: Annotated[
        list[AcquisitionSubtaskSequenceItem],
        Attribute(0x3002011A, "SQ", "1", "1", name="Acquisition Subtask Sequence"),
    ]
    """Acquisition Subtask Sequence (3002,011A): Type 1, VR SQ, VM 1. The types and details of acquisitions which are part of the acquisition task. One or more Items shall be included in this Sequence. The number of Items shall be as defined in C.36.29.1."""
