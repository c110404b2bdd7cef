"""Item class CornealSizeSequenceItem.

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


class CornealSizeSequenceItem(DicomModel):
    """An item of Corneal Size Sequence (0046,0047), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Corneal Size Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    CornealSize: Annotated[vr.FD, Attribute(0x00460046, "FD", "1", "1", name="Corneal Size")]
    """Corneal Size (0046,0046): Type 1, VR FD, VM 1. The horizontal diameter measurement of the cornea, in mm."""

    SourceOfCornealSizeDataCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00221036, "SQ", "1", "1", name="Source of Corneal Size Data Code Sequence"),
    ]
    """Source of Corneal Size Data Code Sequence (0022,1036): Type 1, VR SQ, VM 1. Source of the value of Corneal Size (0046,0046). Only a single Item shall be included in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("code", 0x00221036, (("111784", "DCM"),)),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1C, VR SQ, VM 1. Required if Source of Corneal Size Data Code Sequence (0022,1036) contains an Item with the value (111784, DCM, \"Autorefraction Measurements SOP Instance\"). SOP Instance that is relevant to the interpretation of this SOP Instance. Only a single Item shall be included in this Sequence. See Section C.8.25.16.1.1 for further explanation."""
