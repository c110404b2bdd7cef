"""Item class LensConstantSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class LensConstantSequenceItem(DicomModel):
    """An item of Lens Constant Sequence (0022,1092), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Lens Constant Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    ConceptNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. Constant type used in calculation of intraocular lens power. Only a single Item shall be included in this Sequence."""

    NumericValue: Annotated[
        list[vr.DS], Attribute(0x0040A30A, "DS", "1-n", "1", name="Numeric Value")
    ]
    """Numeric Value (0040,A30A): Type 1, VR DS, VM 1-n. The value of the constant used."""
