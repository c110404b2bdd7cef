"""Item class AlternateContentDescriptionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class AlternateContentDescriptionSequenceItem(DicomModel):
    """An item of Alternate Content Description Sequence (0070,0087), as first defined in Content Identification Macro Attributes (10-12)."""

    dicom_name: ClassVar[str] = "Alternate Content Description Sequence"
    dicom_table: ClassVar[str] = "table_10-12"

    ContentDescription: Annotated[
        vr.LO, Attribute(0x00700081, "LO", "1", "1", name="Content Description")
    ]
    """Content Description (0070,0081): Type 1, VR LO, VM 1. An alternate description that is used to identify this SOP Instance."""

    LanguageCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00080006, "SQ", "1", "1", name="Language Code Sequence"),
    ]
    """Language Code Sequence (0008,0006): Type 1, VR SQ, VM 1. The language in which Content Description (0070,0081) within this Item is written. A single Item shall be present."""

    ConceptNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 3, VR SQ, VM 1. An alternate coded description of the content of the SOP Instance. Only a single Item is permitted in this Sequence."""
