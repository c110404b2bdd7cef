"""Item class RelatedRTROIObservationsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RelatedRTROIObservationsSequenceItem",
]


class RelatedRTROIObservationsSequenceItem(DicomModel):
    """An item of Related RT ROI Observations Sequence (3006,00A0), as first defined in RT ROI Observations Module Attributes (C.8-44)."""

    dicom_name: ClassVar[str] = "Related RT ROI Observations Sequence"
    dicom_table: ClassVar[str] = "table_C.8-44"

    ObservationNumber: Annotated[
        vr.IS, Attribute(0x30060082, "IS", "1", "1", name="Observation Number")
    ]
    """Observation Number (3006,0082): Type 1, VR IS, VM 1. Uniquely identifies a related ROI Observation."""
