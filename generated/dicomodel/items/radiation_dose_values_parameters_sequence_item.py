"""Item class RadiationDoseValuesParametersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import primary_dose_value_indicator as _primary_dose_value_indicator
from dicomodel.items.dose_values_sequence_item import DoseValuesSequenceItem
from dicomodel.model import Attribute, DicomModel


class RadiationDoseValuesParametersSequenceItem(DicomModel):
    """An item of Radiation Dose Values Parameters Sequence (300A,061F), as first defined in RT Dose Contribution Module Attributes (C.36.11-1)."""

    dicom_name: ClassVar[str] = "Radiation Dose Values Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    PrimaryDoseValueIndicator: Annotated[
        _primary_dose_value_indicator.PrimaryDoseValueIndicator,
        Attribute(
            0x300A061B,
            "CS",
            "1",
            "1",
            name="Primary Dose Value Indicator",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Primary Dose Value Indicator (300A,061B): Type 1, VR CS, VM 1. Whether the dose value serves as the primary dose indicator for the RT Radiation SOP Instance. Enumerated Values: YES NO Exactly one item in the Radiation Dose Values Parameters Sequence (300A,061F) shall have the value YES."""

    ReferencedRadiationDoseIdentificationIndex: Annotated[
        vr.US,
        Attribute(
            0x300A060C, "US", "1", "1", name="Referenced Radiation Dose Identification Index"
        ),
    ]
    """Referenced Radiation Dose Identification Index (300A,060C): Type 1, VR US, VM 1. The value of Radiation Dose Identification Index (300A,0603) in the Radiation Dose Identification Sequence (300A,0618) identifying the dose contribution to which this Item in the Radiation Dose Values Parameters Sequence (300A,061F) applies..."""

    DoseValuesSequence: Annotated[
        list[DoseValuesSequenceItem] | None,
        Attribute(
            0x300A061C,
            "SQ",
            "1",
            "1C",
            name="Dose Values Sequence",
            when=("unknown", "names no attribute: the Meterset to dose mapping is defined"),
        ),
    ] = None
    """Dose Values Sequence (300A,061C): Type 1C, VR SQ, VM 1. Required if the Meterset to dose mapping is defined. Dose values. Required if the Meterset to dose mapping is defined. One or more Items shall be present. Each Radiobiological Dose Effect Flag (3010,0002) value shall appear no more than once in this Sequence."""
