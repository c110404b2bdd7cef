"""Generic Implant Template 2D Drawings Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.hpgl_document_sequence_item import HPGLDocumentSequenceItem
from dicomodel.model import Attribute, DicomModel


class GenericImplantTemplate2DDrawingsModule(DicomModel):
    """Generic Implant Template 2D Drawings Module Attributes (PS3.3 Table C.29.1.2-1)."""

    dicom_name: ClassVar[str] = "Generic Implant Template 2D Drawings"
    dicom_table: ClassVar[str] = "table_C.29.1.2-1"

    HPGLDocumentSequence: Annotated[
        list[HPGLDocumentSequenceItem],
        Attribute(0x006862C0, "SQ", "1", "1", name="HPGL Document Sequence"),
    ]
    """HPGL Document Sequence (0068,62C0): Type 1, VR SQ, VM 1. The 2D template representations of this implant. One or more Items shall be included in this Sequence."""
