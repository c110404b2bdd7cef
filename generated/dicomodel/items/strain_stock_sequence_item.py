"""Item class StrainStockSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class StrainStockSequenceItem(DicomModel):
    """An item of Strain Stock Sequence (0010,0216), as first defined in Patient Demographic Module Attributes (C.2-3)."""

    dicom_name: ClassVar[str] = "Strain Stock Sequence"
    dicom_table: ClassVar[str] = "table_C.2-3"

    StrainStockNumber: Annotated[
        vr.LO | None, Attribute(0x00100214, "LO", "1", "3", name="Strain Stock Number")
    ] = None
    """Strain Stock Number (0010,0214): Type -, VR LO, VM 1. The stock number of the strain of the Patient issued by the organization identified by Strain Source (0010,0217). See Section C.7.1.1.1.4."""

    StrainSource: Annotated[
        vr.LO | None, Attribute(0x00100217, "LO", "1", "3", name="Strain Source")
    ] = None
    """Strain Source (0010,0217): Type -, VR LO, VM 1. Identification of the organization that is the source of the non-human organism, issued by the registry identified by Strain Source Registry Code Sequence (0010,0215). See Section C.7.1.1.1.4."""

    StrainSourceRegistryCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00100215, "SQ", "1", "3", name="Strain Source Registry Code Sequence"),
    ] = None
    """Strain Source Registry Code Sequence (0010,0215): Type -, VR SQ, VM 1. Identification of the organization that is the registry of sources of non-human organisms. See Section C.7.1.1.1.4. Only a single Item is permitted in this Sequence."""
