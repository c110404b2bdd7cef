"""Item class OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    ophthalmic_axial_length_measurement_modified as _ophthalmic_axial_length_measurement_modified,
)
from dicomodel.items.ophthalmic_axial_length_measurements_segmental_length_sequence_item import (
    OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem,
)
from dicomodel.items.referenced_ophthalmic_axial_length_measurement_qc_image_sequence_item import (
    ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem(DicomModel):
    """An item of Ophthalmic Axial Length Measurements Length Summation Sequence (0022,1212), as first defined in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Length Measurements Length Summation Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-2"

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement acquired, in mm. The type of measurement is specified in the Ophthalmic Axial Length Measurements Type (0022,1010). See Section C.8.25.14.1.1.3 and Section C.8.25.14.1.1.4 for further explanation."""

    OphthalmicAxialLengthMeasurementModified: Annotated[
        _ophthalmic_axial_length_measurement_modified.OphthalmicAxialLengthMeasurementModified,
        Attribute(
            0x00221140,
            "CS",
            "1",
            "1",
            name="Ophthalmic Axial Length Measurement Modified",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Ophthalmic Axial Length Measurement Modified (0022,1140): Type 1, VR CS, VM 1. Whether or not the clinician intervened to modify the output of the device. For example by forcing it to select a different peak in the display. Enumerated Values: YES NO"""

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

    OphthalmicAxialLengthMeasurementsSegmentalLengthSequence: Annotated[
        list[OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem],
        Attribute(
            0x00221211,
            "SQ",
            "1",
            "1",
            name="Ophthalmic Axial Length Measurements Segmental Length Sequence",
        ),
    ]
    """Ophthalmic Axial Length Measurements Segmental Length Sequence (0022,1211): Type 1, VR SQ, VM 1. Segmental axial length measurements of a patient's eye that contribute to an aggregate axial length measurement. One or more Items shall be included in this Sequence. See Section C.8.25.14.1.1.4 for further explanation."""
