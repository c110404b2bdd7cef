"""Item class ScreeningBaselineMeasuredSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import screening_baseline_type as _screening_baseline_type
from dicomodel.model import Attribute, DicomModel


class ScreeningBaselineMeasuredSequenceItem(DicomModel):
    """An item of Screening Baseline Measured Sequence (0024,0122), as first defined in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    dicom_name: ClassVar[str] = "Screening Baseline Measured Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.4-1"

    ScreeningBaselineType: Annotated[
        _screening_baseline_type.ScreeningBaselineType,
        Attribute(
            0x00240124,
            "CS",
            "1",
            "1",
            name="Screening Baseline Type",
            enumerated=((0, ("CENTRAL", "PERIPHERAL")),),
        ),
    ]
    """Screening Baseline Type (0024,0124): Type 1, VR CS, VM 1. Method used to determine starting luminance screening values. Enumerated Values: CENTRAL PERIPHERAL"""

    ScreeningBaselineValue: Annotated[
        vr.FL, Attribute(0x00240126, "FL", "1", "1", name="Screening Baseline Value")
    ]
    """Screening Baseline Value (0024,0126): Type 1, VR FL, VM 1. Visual Field screening baseline value, in dB."""
