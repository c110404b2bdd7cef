"""Item class SpecimenReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SpecimenReferenceSequenceItem",
]


class SpecimenReferenceSequenceItem(DicomModel):
    """An item of Specimen Reference Sequence (0048,0110), as first defined in Specimen Reference Macro Attributes (C.8.12.6.3-1)."""

    dicom_name: ClassVar[str] = "Specimen Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8.12.6.3-1"

    SpecimenUID: Annotated[vr.UI, Attribute(0x00400554, "UI", "1", "1", name="Specimen UID")]
    """Specimen UID (0040,0554): Type 1, VR UI, VM 1. Unique Identifier for Specimen. See Section C.7.6.22.1.2."""
