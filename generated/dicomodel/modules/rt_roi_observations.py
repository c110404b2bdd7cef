"""RT ROI Observations Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.rtroi_observations_sequence_item import RTROIObservationsSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTROIObservationsModule(DicomModel):
    """RT ROI Observations Module Attributes (PS3.3 Table C.8-44)."""

    dicom_name: ClassVar[str] = "RT ROI Observations"
    dicom_table: ClassVar[str] = "table_C.8-44"

    RTROIObservationsSequence: Annotated[
        list[RTROIObservationsSequenceItem],
        Attribute(0x30060080, "SQ", "1", "1", name="RT ROI Observations Sequence"),
    ]
    """RT ROI Observations Sequence (3006,0080): Type 1, VR SQ, VM 1. Sequence of observations related to ROIs defined in the Structure Set ROI Sequence (3006,0020) of the Structure Set Module. One or more Items shall be included in this Sequence."""
