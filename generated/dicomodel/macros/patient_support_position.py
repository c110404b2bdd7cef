"""Patient Support Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    patient_support_position_specification_method as _patient_support_position_specification_method,
)
from dicomodel.items.patient_support_position_device_parameter_sequence_item import (
    PatientSupportPositionDeviceParameterSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PatientSupportPositionMacro(DicomModel):
    """Patient Support Position Macro Attributes (PS3.3 Table 10.40-1)."""

    dicom_name: ClassVar[str] = "Patient Support Position"
    dicom_table: ClassVar[str] = "table_10.40-1"

    PatientSupportPositionSpecificationMethod: Annotated[
        _patient_support_position_specification_method.PatientSupportPositionSpecificationMethod,
        Attribute(
            0x300A065C,
            "CS",
            "1",
            "1",
            name="Patient Support Position Specification Method",
            enumerated=((0, ("ABSENT", "GLOBAL", "DEVICE_SPECIFIC")),),
        ),
    ]
    """Patient Support Position Specification Method (300A,065C): Type 1, VR CS, VM 1. Method of specification for patient support parameters. Enumerated Values: ABSENT No parameters are specified. GLOBAL Parameters are specified using a globally known method, irrespective of the device in use."""

    PatientSupportPositionDeviceParameterSequence: Annotated[
        list[PatientSupportPositionDeviceParameterSequenceItem] | None,
        Attribute(
            0x300A065D,
            "SQ",
            "1",
            "1C",
            name="Patient Support Position Device Parameter Sequence",
            when=("value", 0x300A065C, 0, "not_in", ("ABSENT",)),
        ),
    ] = None
    """Patient Support Position Device Parameter Sequence (300A,065D): Type 1C, VR SQ, VM 1. Required if Patient Support Position Specification Method (300A,065C) does not equal ABSENT. Translational and rotational parameters for Patient Support devices. Required if Patient Support Position Specification Method (300A,065C) does not equal ABSENT."""
