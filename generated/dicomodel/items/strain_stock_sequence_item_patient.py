"""Item class StrainStockSequenceItemPatient.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class StrainStockSequenceItemPatient(DicomModel):
    """An item of Strain Stock Sequence (0010,0216), as first defined in Patient Module Attributes (C.7-1)."""

    dicom_name: ClassVar[str] = "Strain Stock Sequence"
    dicom_table: ClassVar[str] = "table_C.7-1"

    StrainStockNumber: Annotated[
        vr.LO, Attribute(0x00100214, "LO", "1", "1", name="Strain Stock Number")
    ]
    """Strain Stock Number (0010,0214): Type 1, VR LO, VM 1. The stock number of the strain of the Patient issued by the organization identified by Strain Source (0010,0217). See Section C.7.1.1.1.4."""

    StrainSource: Annotated[vr.LO, Attribute(0x00100217, "LO", "1", "1", name="Strain Source")]
    """Strain Source (0010,0217): Type 1, VR LO, VM 1. Identification of the organization that is the source of the non-human organism, issued by the registry identified by Strain Source Registry Code Sequence (0010,0215). See Section C.7.1.1.1.4."""

    StrainSourceRegistryCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00100215, "SQ", "1", "1", name="Strain Source Registry Code Sequence"),
    ]
    """Strain Source Registry Code Sequence (0010,0215): Type 1, VR SQ, VM 1. Identification of the organization that is the registry of sources of non-human organisms. See Section C.7.1.1.1.4. Only a single Item is permitted in this Sequence."""
