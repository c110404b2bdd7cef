"""Item class ImageBoxSynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import type_of_synchronization as _type_of_synchronization
from dicomodel.model import Attribute, DicomModel


class ImageBoxSynchronizationSequenceItem(DicomModel):
    """An item of Image Box Synchronization Sequence (0072,0430), as first defined in Structured Display Image Box Module Attributes (C.11.17-1)."""

    dicom_name: ClassVar[str] = "Image Box Synchronization Sequence"
    dicom_table: ClassVar[str] = "table_C.11.17-1"

    SynchronizedImageBoxList: Annotated[
        list[vr.US], Attribute(0x00720432, "US", "2-n", "1", name="Synchronized Image Box List")
    ]
    """Synchronized Image Box List (0072,0432): Type 1, VR US, VM 2-n. Multi-valued list of two or more Image Box Number (0072,0302) values. Indicates that the display of multiple image frames within the specified Image Boxes are synchronized."""

    TypeOfSynchronization: Annotated[
        _type_of_synchronization.TypeOfSynchronizationTerm | vr.CS,
        Attribute(0x00720434, "CS", "1", "1", name="Type of Synchronization"),
    ]
    """Type of Synchronization (0072,0434): Type 1, VR CS, VM 1. Type of synchronization between Image Boxes. Defined Terms: FRAME POSITION TIME PHASE See Section C.11.17.1.5."""
