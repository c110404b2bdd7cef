"""CT X-Ray Details Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ctx_ray_details_sequence_item import CTXRayDetailsSequenceItem
from dicomodel.model import Attribute, DicomModel


class CTXRayDetailsMacro(DicomModel):
    """CT X-Ray Details Macro Attributes (PS3.3 Table C.8-125)."""

    dicom_name: ClassVar[str] = "CT X-Ray Details"
    dicom_table: ClassVar[str] = "table_C.8-125"

    CTXRayDetailsSequence: Annotated[
        list[CTXRayDetailsSequenceItem],
        Attribute(0x00189325, "SQ", "1", "1", name="CT X-Ray Details Sequence"),
    ]
    """CT X-Ray Details Sequence (0018,9325): Type 1, VR SQ, VM 1. Contains the Attributes defining the X-Ray information. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""
