"""Item class GeneticModificationsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class GeneticModificationsSequenceItem(DicomModel):
    """An item of Genetic Modifications Sequence (0010,0221), as first defined in Patient Demographic Module Attributes (C.2-3)."""

    dicom_name: ClassVar[str] = "Genetic Modifications Sequence"
    dicom_table: ClassVar[str] = "table_C.2-3"

    GeneticModificationsDescription: Annotated[
        vr.UC | None,
        Attribute(0x00100222, "UC", "1", "3", name="Genetic Modifications Description"),
    ] = None
    """Genetic Modifications Description (0010,0222): Type -, VR UC, VM 1. The genetic modifications of the Patient described using a specific nomenclature."""

    GeneticModificationsNomenclature: Annotated[
        vr.LO | None,
        Attribute(0x00100223, "LO", "1", "3", name="Genetic Modifications Nomenclature"),
    ] = None
    """Genetic Modifications Nomenclature (0010,0223): Type -, VR LO, VM 1. The nomenclature used for Genetic Modifications Description (0010,0222)."""

    GeneticModificationsCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00100229, "SQ", "1", "3", name="Genetic Modifications Code Sequence"),
    ] = None
    """Genetic Modifications Code Sequence (0010,0229): Type -, VR SQ, VM 1. A coded identification of the genetic modifications of the Patient. One or more Items are permitted in this Sequence. If more than one Item is present, each Item represents the same information but encoded using a different coding scheme (r..."""
