"""RT Fraction Scheme Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.fraction_group_sequence_item import FractionGroupSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTFractionSchemeModule(DicomModel):
    """RT Fraction Scheme Module Attributes (PS3.3 Table C.8-49)."""

    dicom_name: ClassVar[str] = "RT Fraction Scheme"
    dicom_table: ClassVar[str] = "table_C.8-49"

    FractionGroupSequence: Annotated[
        list[FractionGroupSequenceItem],
        Attribute(0x300A0070, "SQ", "1", "1", name="Fraction Group Sequence"),
    ]
    """Fraction Group Sequence (300A,0070): Type 1, VR SQ, VM 1. Sequence of Fraction Groups in current Fraction Scheme. One or more Items shall be included in this Sequence."""
