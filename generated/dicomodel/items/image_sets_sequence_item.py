"""Item class ImageSetsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.image_set_selector_sequence_item import ImageSetSelectorSequenceItem
from dicomodel.items.time_based_image_sets_sequence_item import TimeBasedImageSetsSequenceItem
from dicomodel.model import Attribute, DicomModel


class ImageSetsSequenceItem(DicomModel):
    """An item of Image Sets Sequence (0072,0020), as first defined in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    dicom_name: ClassVar[str] = "Image Sets Sequence"
    dicom_table: ClassVar[str] = "table_C.23.1-1"

    ImageSetSelectorSequence: Annotated[
        list[ImageSetSelectorSequenceItem],
        Attribute(0x00720022, "SQ", "1", "1", name="Image Set Selector Sequence"),
    ]
    """Image Set Selector Sequence (0072,0022): Type 1, VR SQ, VM 1. Sequence containing Image Set selection Attributes and values that are used to identify one type of image or object set for the Hanging Protocol. One or more Items shall be included in this Sequence. See Section C.23.1.1.3."""

    TimeBasedImageSetsSequence: Annotated[
        list[TimeBasedImageSetsSequenceItem],
        Attribute(0x00720030, "SQ", "1", "1", name="Time Based Image Sets Sequence"),
    ]
    """Time Based Image Sets Sequence (0072,0030): Type 1, VR SQ, VM 1. Sequence containing time based Image Set selection categories and values that are used to identify one type of image set for the Hanging Protocol per Sequence Item. One or more Items shall be included in this Sequence."""
