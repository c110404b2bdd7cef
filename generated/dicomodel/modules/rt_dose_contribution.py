"""RT Dose Contribution Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.radiation_dose_identification_sequence_item import (
    RadiationDoseIdentificationSequenceItem,
)
from dicomodel.items.radiation_dose_sequence_item import RadiationDoseSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTDoseContributionModule(DicomModel):
    """RT Dose Contribution Module Attributes (PS3.3 Table C.36.11-1)."""

    dicom_name: ClassVar[str] = "RT Dose Contribution"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    RadiationDoseIdentificationSequence: Annotated[
        list[RadiationDoseIdentificationSequenceItem],
        Attribute(0x300A0618, "SQ", "1", "1", name="Radiation Dose Identification Sequence"),
    ]
    """Radiation Dose Identification Sequence (300A,0618): Type 1, VR SQ, VM 1. Identifies the dose values that are delivered by this RT Radiation Set SOP Instance. One or more Items shall be included in this Sequence."""

    RadiationDoseSequence: Annotated[
        list[RadiationDoseSequenceItem],
        Attribute(0x300A0617, "SQ", "1", "1", name="Radiation Dose Sequence"),
    ]
    """Radiation Dose Sequence (300A,0617): Type 1, VR SQ, VM 1. Parameters that describe dose contributed by referenced RT Radiation SOP Instances. For every SOP Instance referenced in RT Radiation Sequence (300A,0616) exactly one item shall be present in this Sequence."""
