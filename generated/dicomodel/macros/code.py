"""Code Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class CodeMacro(DicomModel):
    """Code Macro Attributes (PS3.3 Table C.18.2-1)."""

    dicom_name: ClassVar[str] = "Code"
    dicom_table: ClassVar[str] = "table_C.18.2-1"

    ConceptCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A168, "SQ", "1", "1", name="Concept Code Sequence"),
    ]
    """Concept Code Sequence (0040,A168): Type 1, VR SQ, VM 1. This is the value of the Content Item. Only a single Item shall be included in this Sequence."""
