"""Item class QuantitySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class QuantitySequenceItem(DicomModel):
    """An item of Quantity Sequence (0040,0293), as first defined in Billing and Material Management Code Module Attributes (C.4-17)."""

    dicom_name: ClassVar[str] = "Quantity Sequence"
    dicom_table: ClassVar[str] = "table_C.4-17"

    Quantity: Annotated[vr.DS | None, Attribute(0x00400294, "DS", "1", "3", name="Quantity")] = None
    """Quantity (0040,0294): Type -, VR DS, VM 1. Numerical quantity value."""

    MeasuringUnitsSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00400295, "SQ", "1", "3", name="Measuring Units Sequence"),
    ] = None
    """Measuring Units Sequence (0040,0295): Type -, VR SQ, VM 1. Unit of measurement. Zero or one Item shall be included in this Sequence."""
