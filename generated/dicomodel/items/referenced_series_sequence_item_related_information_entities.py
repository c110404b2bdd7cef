"""Item class ReferencedSeriesSequenceItemRelatedInformationEntities.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_image_sequence_item import ReferencedImageSequenceItem
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class ReferencedSeriesSequenceItemRelatedInformationEntities(DicomModel):
    """An item of Referenced Series Sequence (0008,1115), as first defined in Related Information Entities Macro Attributes (10.37-1)."""

    dicom_name: ClassVar[str] = "Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_10.37-1"

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Uniquely identifies the referenced Series."""

    PertinentSOPClassesInSeries: Annotated[
        list[vr.UI] | None,
        Attribute(0x30100053, "UI", "1-n", "3", name="Pertinent SOP Classes in Series"),
    ] = None
    """Pertinent SOP Classes in Series (3010,0053): Type 3, VR UI, VM 1-n. The SOP Classes in the Series which are relevant for the invocation context. If not present, all SOP Instances included in the referenced Series are considered relevant."""

    ReferencedImageSequence: Annotated[
        list[ReferencedImageSequenceItem] | None,
        Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 3, VR SQ, VM 1. Image SOP Instances which are relevant in the invocation context. One or more Items are permitted for this Sequence."""

    ReferencedInstanceSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. Non-Image SOP Instances which are relevant in the invocation context. One or more Items are permitted for this Sequence."""
