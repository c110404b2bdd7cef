"""Item class SelectedTotalOphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ophthalmic_axial_length_quality_metric_sequence_item import (
    OphthalmicAxialLengthQualityMetricSequenceItem,
)
from dicomodel.items.referenced_ophthalmic_axial_length_measurement_qc_image_sequence_item import (
    ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class SelectedTotalOphthalmicAxialLengthSequenceItem(DicomModel):
    """An item of Selected Total Ophthalmic Axial Length Sequence (0022,1260), as first defined in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    dicom_name: ClassVar[str] = "Selected Total Ophthalmic Axial Length Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-5"

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement, in mm. The type of measurement is specified in the Ophthalmic Axial Length Measurements Type (0022,1010). See Section C.8.25.14.1.1.3 and Section C.8.25.14.1.1.4 for further explanation."""

    ReferencedOphthalmicAxialLengthMeasurementQCImageSequence: Annotated[
        list[ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem],
        Attribute(
            0x00221330,
            "SQ",
            "1",
            "1",
            name="Referenced Ophthalmic Axial Length Measurement QC Image Sequence",
        ),
    ]
    """Referenced Ophthalmic Axial Length Measurement QC Image Sequence (0022,1330): Type 1, VR SQ, VM 1. Reference to the quality control image associated with this measurement. Only a single Item shall be included in this Sequence. See Section C.8.25.14.1.1.6 for further explanation."""

    OphthalmicAxialLengthQualityMetricSequence: Annotated[
        list[OphthalmicAxialLengthQualityMetricSequenceItem],
        Attribute(
            0x00221262, "SQ", "1", "1", name="Ophthalmic Axial Length Quality Metric Sequence"
        ),
    ]
    """Ophthalmic Axial Length Quality Metric Sequence (0022,1262): Type 1, VR SQ, VM 1. Information about the quality metric applied to Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""
