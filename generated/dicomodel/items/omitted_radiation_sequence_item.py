"""Item class OmittedRadiationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.asserter_identification_sequence_item import AsserterIdentificationSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class OmittedRadiationSequenceItem(DicomModel):
    """An item of Omitted Radiation Sequence (300A,0787), as first defined in RT Radiation Set Delivery Instruction Module Attributes (C.36.24-1)."""

    dicom_name: ClassVar[str] = "Omitted Radiation Sequence"
    dicom_table: ClassVar[str] = "table_C.36.24-1"

    ReferencedRTRadiationSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x300A0630, "SQ", "1", "1", name="Referenced RT Radiation Sequence"),
    ]
    """Referenced RT Radiation Sequence (300A,0630): Type 1, VR SQ, VM 1. The RT Radiation SOP Instance that is not to be delivered. The reference shall contain an RT Radiation SOP Instance that has been referenced in the RT Radiation Set SOP Instance in the Referenced RT Radiation Set Sequence (300A,0702)."""

    ReasonForOmissionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A0788, "SQ", "1", "1", name="Reason for Omission Code Sequence"),
    ]
    """Reason for Omission Code Sequence (300A,0788): Type 1, VR SQ, VM 1. Reason the RT Radiation is not to be delivered. Only a single Item shall be included in this sequence."""

    AsserterIdentificationSequence: Annotated[
        list[AsserterIdentificationSequenceItem],
        Attribute(0x00440103, "SQ", "1", "1", name="Asserter Identification Sequence"),
    ]
    """Asserter Identification Sequence (0044,0103): Type 1, VR SQ, VM 1. The person or device making the assertion that the RT Radiation is omitted. Only a single Item shall be included in this sequence."""

    ReasonForOmissionDescription: Annotated[
        vr.LO | None, Attribute(0x300C0113, "LO", "1", "3", name="Reason for Omission Description")
    ] = None
    """Reason for Omission Description (300C,0113): Type 3, VR LO, VM 1. User-defined description of why the RT Radiation is not to be delivered."""
