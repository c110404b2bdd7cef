"""Structured Display Image Box Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.image_box_synchronization_sequence_item import (
    ImageBoxSynchronizationSequenceItem,
)
from dicomodel.items.structured_display_image_box_sequence_item import (
    StructuredDisplayImageBoxSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class StructuredDisplayImageBoxModule(DicomModel):
    """Structured Display Image Box Module Attributes (PS3.3 Table C.11.17-1)."""

    dicom_name: ClassVar[str] = "Structured Display Image Box"
    dicom_table: ClassVar[str] = "table_C.11.17-1"

    StructuredDisplayImageBoxSequence: Annotated[
        list[StructuredDisplayImageBoxSequenceItem],
        Attribute(0x00720422, "SQ", "1", "1", name="Structured Display Image Box Sequence"),
    ]
    """Structured Display Image Box Sequence (0072,0422): Type 1, VR SQ, VM 1. The image display boxes defined in the display environment, together with the reference to the image to be displayed in each Image Box. One or more Items shall be included in this Sequence."""

    ImageBoxSynchronizationSequence: Annotated[
        list[ImageBoxSynchronizationSequenceItem] | None,
        Attribute(
            0x00720430,
            "SQ",
            "1",
            "1C",
            name="Image Box Synchronization Sequence",
            when=("unknown", "depends on the synchronization of the acquisition"),
        ),
    ] = None
    """Image Box Synchronization Sequence (0072,0430): Type 1C, VR SQ, VM 1. Required if synchronized display is specified between Image Boxes. Description of synchronized display between two or more Image Boxes. Required if synchronized display is specified between Image Boxes. One or more Items shall be included in this Sequence."""
