"""Enhanced PET Isotope Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.radiopharmaceutical_information_sequence_item_enhanced_pet_isotope import (
    RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope,
)
from dicomodel.model import Attribute, DicomModel


class EnhancedPETIsotopeModule(DicomModel):
    """Enhanced PET Isotope Module Attributes (PS3.3 Table C.8.22-9)."""

    dicom_name: ClassVar[str] = "Enhanced PET Isotope"
    dicom_table: ClassVar[str] = "table_C.8.22-9"

    RadiopharmaceuticalInformationSequence: Annotated[
        list[RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope],
        Attribute(0x00540016, "SQ", "1", "1", name="Radiopharmaceutical Information Sequence"),
    ]
    """Radiopharmaceutical Information Sequence (0054,0016): Type 1, VR SQ, VM 1. Sequence of Items that describe isotope information. One or more Items shall be included in this Sequence."""
