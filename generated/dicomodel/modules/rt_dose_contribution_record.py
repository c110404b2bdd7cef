"""RT Dose Contribution Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.radiation_dose_identification_sequence_item_rt_dose_contribution_record import (
    RadiationDoseIdentificationSequenceItemRTDoseContributionRecord,
)
from dicomodel.items.radiation_dose_sequence_item_rt_dose_contribution_record import (
    RadiationDoseSequenceItemRTDoseContributionRecord,
)
from dicomodel.model import Attribute, DicomModel


class RTDoseContributionRecordModule(DicomModel):
    """RT Dose Contribution Record Module Attributes (PS3.3 Table C.36.21-1)."""

    dicom_name: ClassVar[str] = "RT Dose Contribution Record"
    dicom_table: ClassVar[str] = "table_C.36.21-1"

    RadiationDoseIdentificationSequence: Annotated[
        list[RadiationDoseIdentificationSequenceItemRTDoseContributionRecord],
        Attribute(0x300A0618, "SQ", "1", "1", name="Radiation Dose Identification Sequence"),
    ]
    """Radiation Dose Identification Sequence (300A,0618): Type 1, VR SQ, VM 1. Identifies the dose values that are recorded by this RT Radiation Record Set IOD. One or more Items shall be included in this Sequence."""

    RadiationDoseSequence: Annotated[
        list[RadiationDoseSequenceItemRTDoseContributionRecord],
        Attribute(0x300A0617, "SQ", "1", "1", name="Radiation Dose Sequence"),
    ]
    """Radiation Dose Sequence (300A,0617): Type 1, VR SQ, VM 1. Describes dose contributed by referenced RT Radiation Record SOP instances. For every SOP instance referenced in Referenced RT Radiation Record Sequence (300A,0703) exactly one item shall be present in this Sequence."""
