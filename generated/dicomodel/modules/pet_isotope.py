"""PET Isotope Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.intervention_drug_information_sequence_item_pet_isotope import (
    InterventionDrugInformationSequenceItemPETIsotope,
)
from dicomodel.items.radiopharmaceutical_information_sequence_item_pet_isotope import (
    RadiopharmaceuticalInformationSequenceItemPETIsotope,
)
from dicomodel.model import Attribute, DicomModel


class PETIsotopeModule(DicomModel):
    """PET Isotope Module Attributes (PS3.3 Table C.8-61)."""

    dicom_name: ClassVar[str] = "PET Isotope"
    dicom_table: ClassVar[str] = "table_C.8-61"

    RadiopharmaceuticalInformationSequence: Annotated[
        list[RadiopharmaceuticalInformationSequenceItemPETIsotope] | None,
        Attribute(0x00540016, "SQ", "1", "2", name="Radiopharmaceutical Information Sequence"),
    ]
    """Radiopharmaceutical Information Sequence (0054,0016): Type 2, VR SQ, VM 1. Sequence of Items that describe isotope information. Zero or more Items shall be included in this Sequence."""

    InterventionDrugInformationSequence: Annotated[
        list[InterventionDrugInformationSequenceItemPETIsotope] | None,
        Attribute(0x00180026, "SQ", "1", "3", name="Intervention Drug Information Sequence"),
    ] = None
    """Intervention Drug Information Sequence (0018,0026): Type 3, VR SQ, VM 1. Sequence of Items that describes the intervention drugs used. One or more Items are permitted in this Sequence."""
