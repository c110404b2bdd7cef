"""CT Acquisition Details Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_acquisition_details_sequence_item import CTAcquisitionDetailsSequenceItem
from dicomodel.model import Attribute, DicomModel


class CTAcquisitionDetailsMacro(DicomModel):
    """CT Acquisition Details Macro Attributes (PS3.3 Table C.8-119)."""

    dicom_name: ClassVar[str] = "CT Acquisition Details"
    dicom_table: ClassVar[str] = "table_C.8-119"

    CTAcquisitionDetailsSequence: Annotated[
        list[CTAcquisitionDetailsSequenceItem],
        Attribute(0x00189304, "SQ", "1", "1", name="CT Acquisition Details Sequence"),
    ]
    """CT Acquisition Details Sequence (0018,9304): Type 1, VR SQ, VM 1. Contains the Attributes defining the details of the acquisition. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""
