"""US Image Description Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.us_image_description_sequence_item import USImageDescriptionSequenceItem
from dicomodel.model import Attribute, DicomModel


class USImageDescriptionMacro(DicomModel):
    """US Image Description Macro Attributes (PS3.3 Table C.8.24.6.1-1)."""

    dicom_name: ClassVar[str] = "US Image Description"
    dicom_table: ClassVar[str] = "table_C.8.24.6.1-1"

    USImageDescriptionSequence: Annotated[
        list[USImageDescriptionSequenceItem],
        Attribute(0x00189806, "SQ", "1", "1", name="US Image Description Sequence"),
    ]
    """US Image Description Sequence (0018,9806): Type 1, VR SQ, VM 1. A Sequence that describes a general description of this image or frame. Only a single Item shall be included in this Sequence."""
