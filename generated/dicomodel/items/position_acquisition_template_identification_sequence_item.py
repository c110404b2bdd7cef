"""Item class PositionAcquisitionTemplateIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PositionAcquisitionTemplateIdentificationSequenceItem(DicomModel):
    """An item of Position Acquisition Template Identification Sequence (3002,011F), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Position Acquisition Template Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    PositionAcquisitionTemplateName: Annotated[
        vr.LO, Attribute(0x30020121, "LO", "1", "1", name="Position Acquisition Template Name")
    ]
    """Position Acquisition Template Name (3002,0121): Type 1, VR LO, VM 1. User defined name of the position acquisition template."""

    PositionAcquisitionTemplateCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x30020122,
            "SQ",
            "1",
            "1C",
            name="Position Acquisition Template Code Sequence",
            when=("not", ("present", 0x30020120)),
            otherwise="may",
        ),
    ] = None
    """Position Acquisition Template Code Sequence (3002,0122): Type 1C, VR SQ, VM 1. Required if Position Acquisition Template ID (3002,0120) not present. May be present otherwise. Code identifying the position acquisition template. Required if Position Acquisition Template ID (3002,0120) not present. May be present otherwise. Only a single Item shall be included in this Sequence."""

    PositionAcquisitionTemplateID: Annotated[
        vr.ST | None,
        Attribute(
            0x30020120,
            "ST",
            "1",
            "1C",
            name="Position Acquisition Template ID",
            when=("not", ("present", 0x30020122)),
            otherwise="may",
        ),
    ] = None
    """Position Acquisition Template ID (3002,0120): Type 1C, VR ST, VM 1. Required if Position Acquisition Template Code Sequence (3002,0122) is not present. May be present otherwise. Identifier of the position acquisition template. Required if Position Acquisition Template Code Sequence (3002,0122) is not present. May be present otherwise."""

    PositionAcquisitionTemplateDescription: Annotated[
        vr.LT | None,
        Attribute(0x30020123, "LT", "1", "2", name="Position Acquisition Template Description"),
    ]
    """Position Acquisition Template Description (3002,0123): Type 2, VR LT, VM 1. User-defined description of the position acquisition template."""
