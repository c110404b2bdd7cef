"""Ophthalmic Axial Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    ophthalmic_axial_measurements_device_type as _ophthalmic_axial_measurements_device_type,
)
from dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item import (
    OphthalmicAxialMeasurementsRightEyeSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicAxialMeasurementsModule(DicomModel):
    """Ophthalmic Axial Measurements Module Attributes (PS3.3 Table C.8.25.14-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.14-1"

    OphthalmicAxialMeasurementsDeviceType: Annotated[
        _ophthalmic_axial_measurements_device_type.OphthalmicAxialMeasurementsDeviceTypeTerm
        | vr.CS,
        Attribute(0x00221009, "CS", "1", "1", name="Ophthalmic Axial Measurements Device Type"),
    ]
    """Ophthalmic Axial Measurements Device Type (0022,1009): Type 1, VR CS, VM 1. Describes the type of ophthalmic axial measurement acquisition device. Defined Terms: ULTRASOUND OPTICAL"""

    OphthalmicUltrasoundMethodCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00221044,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Ultrasound Method Code Sequence",
            when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
        ),
    ] = None
    """Ophthalmic Ultrasound Method Code Sequence (0022,1044): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND. The method used for obtaining axial measurements of the eye. Only a single Item shall be included in this Sequence. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND."""

    AnteriorChamberDepthDefinitionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00221125, "SQ", "1", "3", name="Anterior Chamber Depth Definition Code Sequence"
        ),
    ] = None
    """Anterior Chamber Depth Definition Code Sequence (0022,1125): Type 3, VR SQ, VM 1. The definition of anterior chamber depth for this instrument. Only a single Item is permitted in this Sequence."""

    OphthalmicAxialMeasurementsRightEyeSequence: Annotated[
        list[OphthalmicAxialMeasurementsRightEyeSequenceItem] | None,
        Attribute(
            0x00221007,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Axial Measurements Right Eye Sequence",
            when=("unknown", "names no attribute: the right eye is measured"),
        ),
    ] = None
    """Ophthalmic Axial Measurements Right Eye Sequence (0022,1007): Type 1C, VR SQ, VM 1. Required if the right eye is measured. Axial measurements of a patient's right eye. Only a single Item shall be included in this Sequence. Required if the right eye is measured."""

    OphthalmicAxialMeasurementsLeftEyeSequence: Annotated[
        list[OphthalmicAxialMeasurementsRightEyeSequenceItem] | None,
        Attribute(
            0x00221008,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Axial Measurements Left Eye Sequence",
            when=("unknown", "names no attribute: the left eye is measured"),
        ),
    ] = None
    """Ophthalmic Axial Measurements Left Eye Sequence (0022,1008): Type 1C, VR SQ, VM 1. Required if the left eye is measured. Axial measurements of a patient's left eye. Only a single Item shall be included in this Sequence. Required if the left eye is measured."""
