"""Item class MatrixRegistrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.matrix_sequence_item import MatrixSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MatrixRegistrationSequenceItem(DicomModel):
    """An item of Matrix Registration Sequence (0070,0309), as first defined in Spatial Registration Module Attributes (C.20.2-1)."""

    dicom_name: ClassVar[str] = "Matrix Registration Sequence"
    dicom_table: ClassVar[str] = "table_C.20.2-1"

    FrameOfReferenceTransformationComment: Annotated[
        vr.LO | None,
        Attribute(0x300600C8, "LO", "1", "3", name="Frame of Reference Transformation Comment"),
    ] = None
    """Frame of Reference Transformation Comment (3006,00C8): Type 3, VR LO, VM 1. User description or comments about the registration."""

    RegistrationTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0070030D, "SQ", "1", "2", name="Registration Type Code Sequence"),
    ]
    """Registration Type Code Sequence (0070,030D): Type 2, VR SQ, VM 1. Describes the information input into the registration process. Zero or one Item shall be included in this Sequence."""

    MatrixSequence: Annotated[
        list[MatrixSequenceItem], Attribute(0x0070030A, "SQ", "1", "1", name="Matrix Sequence")
    ]
    """Matrix Sequence (0070,030A): Type 1, VR SQ, VM 1. Specifies one transformation, that registers the Source RCS/images to the Registered RCS. It is expressible as multiple matrices, each in a separate Item of the Sequence. One or more Items shall be included in this Sequence."""
