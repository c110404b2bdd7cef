"""Item class RadiationDoseSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.expected_in_vivo_measurement_values_sequence_item import (
    ExpectedInVivoMeasurementValuesSequenceItem,
)
from dicomodel.items.radiation_dose_values_parameters_sequence_item import (
    RadiationDoseValuesParametersSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class RadiationDoseSequenceItem(DicomModel):
    """An item of Radiation Dose Sequence (300A,0617), as first defined in RT Dose Contribution Module Attributes (C.36.11-1)."""

    dicom_name: ClassVar[str] = "Radiation Dose Sequence"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    ReferencedRTRadiationSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x300A0630, "SQ", "1", "1", name="Referenced RT Radiation Sequence"),
    ]
    """Referenced RT Radiation Sequence (300A,0630): Type 1, VR SQ, VM 1. References the RT Radiation SOP Instance that describes parameters for dose delivery. Only a single Item shall be included in this Sequence."""

    RadiationDoseValuesParametersSequence: Annotated[
        list[RadiationDoseValuesParametersSequenceItem],
        Attribute(0x300A061F, "SQ", "1", "1", name="Radiation Dose Values Parameters Sequence"),
    ]
    """Radiation Dose Values Parameters Sequence (300A,061F): Type 1, VR SQ, VM 1. Dose values of this RT Radiation with respect to the dose identification items defined in the Radiation Dose Identification Sequence (300A,0618)."""

    ExpectedInVivoMeasurementValuesSequence: Annotated[
        list[ExpectedInVivoMeasurementValuesSequenceItem] | None,
        Attribute(
            0x300A0621,
            "SQ",
            "1",
            "1C",
            name="Expected In-Vivo Measurement Values Sequence",
            when=(
                "unknown",
                "names no attribute: expected values are calculated for in-vivo measurement for this RT Radiation SOP Instance",
            ),
        ),
    ] = None
    """Expected In-Vivo Measurement Values Sequence (300A,0621): Type 1C, VR SQ, VM 1. Required if expected values are calculated for in-vivo measurement for this RT Radiation SOP Instance. Expected values against which in-vivo measurements may be compared. Required if expected values are calculated for in-vivo measurement for this RT Radiation SOP Instance. One or more Items shall be included in this Sequence."""
