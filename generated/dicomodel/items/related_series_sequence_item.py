"""Item class RelatedSeriesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RelatedSeriesSequenceItem(DicomModel):
    """An item of Related Series Sequence (0008,1250), as first defined in General Series Module Attributes (C.7-5a)."""

    dicom_name: ClassVar[str] = "Related Series Sequence"
    dicom_table: ClassVar[str] = "table_C.7-5a"

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Instance UID of Study to which the related Series belongs."""

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Instance UID of Related Series."""

    PurposeOfReferenceCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0040A170, "SQ", "1", "2", name="Purpose of Reference Code Sequence"),
    ]
    """Purpose of Reference Code Sequence (0040,A170): Type 2, VR SQ, VM 1. Describes the purpose for which the reference is made. Zero or more Items shall be included in this Sequence. When absent, implies that the reason for the reference is unknown."""
