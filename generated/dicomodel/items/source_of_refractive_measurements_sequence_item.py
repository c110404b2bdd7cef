"""Item class SourceOfRefractiveMeasurementsSequenceItem.

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


class SourceOfRefractiveMeasurementsSequenceItem(DicomModel):
    """An item of Source of Refractive Measurements Sequence (0022,1134), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Source of Refractive Measurements Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    SourceOfRefractiveMeasurementsCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(
            0x00221135, "SQ", "1", "1", name="Source of Refractive Measurements Code Sequence"
        ),
    ]
    """Source of Refractive Measurements Code Sequence (0022,1135): Type 1, VR SQ, VM 1. Source of values in Refractive State Sequence (0022,101B). Only a single Item shall be included in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("code", 0x00221135, (("111783", "DCM"),)),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1C, VR SQ, VM 1. Required if Source of Refractive Measurements Code Sequence (0022,1135) contains an Item with the value (111783, DCM, \"Refractive Measurements SOP Instance\"). SOP Instances that are relevant to the interpretation of this SOP Instance. One or more Items shall be included in this Sequence. See Section C.8.25.16.1.1 for further explanation."""
