"""Item class ReferencedSeriesSequenceItemGeneralContributingSources.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItemGeneralContributingSources",
]


class ReferencedSeriesSequenceItemGeneralContributingSources(DicomModel):
    """An item of Referenced Series Sequence (0008,1115), as first defined in General Contributing Sources Macro Attributes (10-13)."""

    dicom_name: ClassVar[str] = "Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_10-13"

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the Series containing the referenced Instances."""

    SeriesNumber: Annotated[
        vr.IS | None, Attribute(0x00200011, "IS", "1", "2", name="Series Number")
    ]
    """Series Number (0020,0011): Type 2, VR IS, VM 1. A number that identifies this Series."""

    ReferencedInstanceSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x0008114A, "SQ", "1", "1", name="Referenced Instance Sequence"),
    ]
    """Referenced Instance Sequence (0008,114A): Type 1, VR SQ, VM 1. Sequence of Items each providing a reference to an Instance that is part of the Series defined by Series Instance UID (0020,000E) in the enclosing Item. One or more Items shall be included in this Sequence."""
