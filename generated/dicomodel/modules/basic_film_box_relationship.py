"""Basic Film Box Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class BasicFilmBoxRelationshipModule(DicomModel):
    """Basic Film Box Relationship Module Attributes (PS3.3 Table C.13-4)."""

    dicom_name: ClassVar[str] = "Basic Film Box Relationship"
    dicom_table: ClassVar[str] = "table_C.13-4"

    ReferencedFilmSessionSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x20100500, "SQ", "1", "3", name="Referenced Film Session Sequence"),
    ] = None
    """Referenced Film Session Sequence (2010,0500): Type -, VR SQ, VM 1. A Film Session. Only a single Item shall be included in this Sequence."""

    ReferencedImageBoxSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x20100510, "SQ", "1", "3", name="Referenced Image Box Sequence"),
    ] = None
    """Referenced Image Box Sequence (2010,0510): Type -, VR SQ, VM 1. A set of Image Boxes. One or more Items shall be included in this Sequence."""

    ReferencedBasicAnnotationBoxSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x20100520, "SQ", "1", "3", name="Referenced Basic Annotation Box Sequence"),
    ] = None
    """Referenced Basic Annotation Box Sequence (2010,0520): Type -, VR SQ, VM 1. A set of Basic Annotation Boxes. Zero or more Items shall be included in this Sequence."""

    ReferencedPresentationLUTSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x20500500, "SQ", "1", "3", name="Referenced Presentation LUT Sequence"),
    ] = None
    """Referenced Presentation LUT Sequence (2050,0500): Type -, VR SQ, VM 1. A Presentation LUT. Only a single Item shall be included in this Sequence."""
