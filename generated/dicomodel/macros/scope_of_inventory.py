"""Scope of Inventory Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.scope_of_inventory_sequence_item import ScopeOfInventorySequenceItem
from dicomodel.model import Attribute, DicomModel


class ScopeOfInventoryMacro(DicomModel):
    """Scope of Inventory Macro Attributes (PS3.3 Table C.38.2-1)."""

    dicom_name: ClassVar[str] = "Scope of Inventory"
    dicom_table: ClassVar[str] = "table_C.38.2-1"

    ScopeOfInventorySequence: Annotated[
        list[ScopeOfInventorySequenceItem] | None,
        Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
    ]
    """Scope of Inventory Sequence (0008,0400): Type 2, VR SQ, VM 1. Matching Key Attribute values for the Studies to be included in the Inventory. See Section C.38.2.1.1.1. Zero or one Item shall be included in this Sequence."""
