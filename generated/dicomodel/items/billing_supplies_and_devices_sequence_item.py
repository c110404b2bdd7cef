"""Item class BillingSuppliesAndDevicesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.quantity_sequence_item import QuantitySequenceItem
from dicomodel.model import Attribute, DicomModel


class BillingSuppliesAndDevicesSequenceItem(DicomModel):
    """An item of Billing Supplies and Devices Sequence (0040,0324), as first defined in Billing and Material Management Code Module Attributes (C.4-17)."""

    dicom_name: ClassVar[str] = "Billing Supplies and Devices Sequence"
    dicom_table: ClassVar[str] = "table_C.4-17"

    BillingItemSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00400296, "SQ", "1", "3", name="Billing Item Sequence"),
    ] = None
    """Billing Item Sequence (0040,0296): Type -, VR SQ, VM 1. Code values of chemicals, supplies or devices required for billing. Code values of chemicals, supplies or devices required for billing. Zero or one Item shall be included in this Sequence."""

    QuantitySequence: Annotated[
        list[QuantitySequenceItem] | None,
        Attribute(0x00400293, "SQ", "1", "3", name="Quantity Sequence"),
    ] = None
    """Quantity Sequence (0040,0293): Type -, VR SQ, VM 1. Sequence containing the quantity of used chemicals or devices. Zero or one Item shall be included in this Sequence."""
