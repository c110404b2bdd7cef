"""Related Information Entities Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_study_sequence_item import ReferencedStudySequenceItem
from dicomodel.model import Attribute, DicomModel


class RelatedInformationEntitiesMacro(DicomModel):
    """Related Information Entities Macro Attributes (PS3.3 Table 10.37-1)."""

    dicom_name: ClassVar[str] = "Related Information Entities"
    dicom_table: ClassVar[str] = "table_10.37-1"

    PurposeOfReferenceCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A170, "SQ", "1", "1", name="Purpose of Reference Code Sequence"),
    ]
    """Purpose of Reference Code Sequence (0040,A170): Type 1, VR SQ, VM 1. Describes the purpose for which the references are made. Only a single Item shall be included in this Sequence."""

    ReferencedStudySequence: Annotated[
        list[ReferencedStudySequenceItem],
        Attribute(0x00081110, "SQ", "1", "1", name="Referenced Study Sequence"),
    ]
    """Referenced Study Sequence (0008,1110): Type 1, VR SQ, VM 1. Studies which are relevant for the invocation context. One or more Items shall be included in this Sequence."""
