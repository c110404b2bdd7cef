"""Derivation Image Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.derivation_image_sequence_item import DerivationImageSequenceItem
from dicomodel.model import Attribute, DicomModel


class DerivationImageMacro(DicomModel):
    """Derivation Image Macro Attributes (PS3.3 Table C.7.6.16-7)."""

    dicom_name: ClassVar[str] = "Derivation Image"
    dicom_table: ClassVar[str] = "table_C.7.6.16-7"

    DerivationImageSequence: Annotated[
        list[DerivationImageSequenceItem] | None,
        Attribute(0x00089124, "SQ", "1", "2", name="Derivation Image Sequence"),
    ]
    """Derivation Image Sequence (0008,9124): Type 2, VR SQ, VM 1. The set of Images or other composite SOP Instances that were used to derive this frame. Zero or more Items shall be included in this Sequence."""
