"""Item class AlternateRepresentationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class AlternateRepresentationSequenceItem(DicomModel):
    """An item of Alternate Representation Sequence (0008,3001), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "Alternate Representation Sequence"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

    SeriesInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0020000E,
            "UI",
            "1",
            "1C",
            name="Series Instance UID",
            when=(
                "unknown",
                "names no attribute: the alternate representation is in a different Series than the inventoried SOP Instance",
            ),
        ),
    ] = None
    """Series Instance UID (0020,000E): Type 1C, VR UI, VM 1. Required if the alternate representation is in a different Series than the inventoried SOP Instance. Unique identifier of the Series of the alternate representation. Required if the alternate representation is in a different Series than the inventoried SOP Instance."""

    SOPClassUID: Annotated[vr.UI, Attribute(0x00080016, "UI", "1", "1", name="SOP Class UID")]
    """SOP Class UID (0008,0016): Type 1, VR UI, VM 1. SOP Class UID of the alternate representation SOP Instance."""

    SOPInstanceUID: Annotated[vr.UI, Attribute(0x00080018, "UI", "1", "1", name="SOP Instance UID")]
    """SOP Instance UID (0008,0018): Type 1, VR UI, VM 1. SOP Instance UID of the alternate representation SOP Instance."""

    PurposeOfReferenceCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A170, "SQ", "1", "1", name="Purpose of Reference Code Sequence"),
    ]
    """Purpose of Reference Code Sequence (0040,A170): Type 1, VR SQ, VM 1. The nature of the alternate encoding. One Item shall be included in this Sequence."""
