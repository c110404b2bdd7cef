"""CT Exposure Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_exposure_sequence_item import CTExposureSequenceItem
from dicomodel.model import Attribute, DicomModel


class CTExposureMacro(DicomModel):
    """CT Exposure Macro Attributes (PS3.3 Table C.8-124)."""

    dicom_name: ClassVar[str] = "CT Exposure"
    dicom_table: ClassVar[str] = "table_C.8-124"

    CTExposureSequence: Annotated[
        list[CTExposureSequenceItem],
        Attribute(0x00189321, "SQ", "1", "1", name="CT Exposure Sequence"),
    ]
    """CT Exposure Sequence (0018,9321): Type 1, VR SQ, VM 1. Contains the Attributes defining exposure information. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""
