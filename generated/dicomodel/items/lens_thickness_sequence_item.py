"""Item class LensThicknessSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class LensThicknessSequenceItem(DicomModel):
    """An item of Lens Thickness Sequence (0022,1127), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Lens Thickness Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    LensThickness: Annotated[vr.FL, Attribute(0x00221130, "FL", "1", "1", name="Lens Thickness")]
    """Lens Thickness (0022,1130): Type 1, VR FL, VM 1. The value for axial length of the lens in a patient's eye, in mm."""

    SourceOfLensThicknessDataCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00221132, "SQ", "1", "1", name="Source of Lens Thickness Data Code Sequence"),
    ]
    """Source of Lens Thickness Data Code Sequence (0022,1132): Type 1, VR SQ, VM 1. Source of the value of Lens Thickness (0022,1130). Only a single Item shall be included in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("code", 0x00221132, (("111782", "DCM"),)),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1C, VR SQ, VM 1. Required if Source of Lens Thickness Data Code Sequence (0022,1132) contains an Item with the value (111782, DCM, \"Axial Measurements SOP Instance\"). SOP Instance that is relevant to the interpretation of this SOP Instance. Only a single Item shall be included in this Sequence. See Section C.8.25.16.1.1 for further explanation."""
