"""Item class SpecimenDescriptionSequenceItemImageAcquisitionResults.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SpecimenDescriptionSequenceItemImageAcquisitionResults",
]


class SpecimenDescriptionSequenceItemImageAcquisitionResults(DicomModel):
    """An item of Specimen Description Sequence (0040,0560), as first defined in Image Acquisition Results Module Attributes (C.4-15)."""

    dicom_name: ClassVar[str] = "Specimen Description Sequence"
    dicom_table: ClassVar[str] = "table_C.4-15"

    SpecimenIdentifier: Annotated[
        vr.LO | None, Attribute(0x00400551, "LO", "1", None, name="Specimen Identifier")
    ] = None
    """Specimen Identifier (0040,0551): no Type, VR LO, VM 1. A departmental information system identifier for the Specimen."""

    SpecimenUID: Annotated[
        vr.UI | None, Attribute(0x00400554, "UI", "1", None, name="Specimen UID")
    ] = None
    """Specimen UID (0040,0554): no Type, VR UI, VM 1. Unique identifier for the Specimen."""
