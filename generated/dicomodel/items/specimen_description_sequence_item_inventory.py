"""Item class SpecimenDescriptionSequenceItemInventory.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SpecimenDescriptionSequenceItemInventory",
]


class SpecimenDescriptionSequenceItemInventory(DicomModel):
    """An item of Specimen Description Sequence (0040,0560), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "Specimen Description Sequence"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

    SpecimenIdentifier: Annotated[
        vr.LO, Attribute(0x00400551, "LO", "1", "1", name="Specimen Identifier")
    ]
    """Specimen Identifier (0040,0551): Type 1, VR LO, VM 1. A departmental information system identifier for the Specimen."""

    SpecimenUID: Annotated[vr.UI, Attribute(0x00400554, "UI", "1", "1", name="Specimen UID")]
    """Specimen UID (0040,0554): Type 1, VR UI, VM 1. Unique Identifier for Specimen."""
