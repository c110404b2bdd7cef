"""RT Delivery Device Common Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.equipment_reference_point_coordinates_sequence_item import (
    EquipmentReferencePointCoordinatesSequenceItem,
)
from dicomodel.items.patient_support_devices_sequence_item import PatientSupportDevicesSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.treatment_device_identification_sequence_item import (
    TreatmentDeviceIdentificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTDeliveryDeviceCommonModule(DicomModel):
    """RT Delivery Device Common Module Attributes (PS3.3 Table C.36.12-1)."""

    dicom_name: ClassVar[str] = "RT Delivery Device Common"
    dicom_table: ClassVar[str] = "table_C.36.12-1"

    TreatmentDeviceIdentificationSequence: Annotated[
        list[TreatmentDeviceIdentificationSequenceItem],
        Attribute(0x300A063A, "SQ", "1", "1", name="Treatment Device Identification Sequence"),
    ]
    """Treatment Device Identification Sequence (300A,063A): Type 1, VR SQ, VM 1. Identifies treatment device. Only a single Item shall be included in this Sequence."""

    RadiationDosimeterUnitSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A0658, "SQ", "1", "1", name="Radiation Dosimeter Unit Sequence"),
    ]
    """Radiation Dosimeter Unit Sequence (300A,0658): Type 1, VR SQ, VM 1. Measurement units of the machine dosimeter. Only a single item shall be included in this Sequence."""

    RTDeviceDistanceReferenceLocationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(
            0x300A0659, "SQ", "1", "1", name="RT Device Distance Reference Location Code Sequence"
        ),
    ]
    """RT Device Distance Reference Location Code Sequence (300A,0659): Type 1, VR SQ, VM 1. Point of reference used for measuring the distance to various devices. Only a single item shall be included in this Sequence."""

    RTBeamModifierDefinitionDistance: Annotated[
        vr.FD, Attribute(0x300A0688, "FD", "1", "1", name="RT Beam Modifier Definition Distance")
    ]
    """RT Beam Modifier Definition Distance (300A,0688): Type 1, VR FD, VM 1. Absolute distance in mm along the z-axis of the Base Beam Modifier Coordinate System from the reference location as specified by RT Device Distance Reference Location Code Sequence (300A,0659) to the Base Beam Modifier Definition Plane."""

    EquipmentFrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x300A0675, "UI", "1", "1", name="Equipment Frame of Reference UID")
    ]
    """Equipment Frame of Reference UID (300A,0675): Type 1, VR UI, VM 1. Frame of Reference identifier for the Treatment Delivery Device. See Section C.36.12.1.1."""

    EquipmentFrameOfReferenceDescription: Annotated[
        vr.ST | None,
        Attribute(0x300A0676, "ST", "1", "3", name="Equipment Frame of Reference Description"),
    ] = None
    """Equipment Frame of Reference Description (300A,0676): Type 3, VR ST, VM 1. Description of Equipment Coordinate System identified by the Equipment Frame of Reference UID (300A,0675). See Section C.36.12.1.2."""

    EquipmentReferencePointCoordinatesSequence: Annotated[
        list[EquipmentReferencePointCoordinatesSequenceItem] | None,
        Attribute(
            0x300A0677, "SQ", "1", "2", name="Equipment Reference Point Coordinates Sequence"
        ),
    ]
    """Equipment Reference Point Coordinates Sequence (300A,0677): Type 2, VR SQ, VM 1. Coordinates of device-specific reference points. Zero or more Items shall be included in this Sequence."""

    NumberOfPatientSupportDevices: Annotated[
        vr.US, Attribute(0x300A0687, "US", "1", "1", name="Number of Patient Support Devices")
    ]
    """Number of Patient Support Devices (300A,0687): Type 1, VR US, VM 1. Number of Patient Support Devices defined in the Patient Support Devices Sequence (300A,0686)."""

    PatientSupportDevicesSequence: Annotated[
        list[PatientSupportDevicesSequenceItem] | None,
        Attribute(
            0x300A0686,
            "SQ",
            "1",
            "1C",
            name="Patient Support Devices Sequence",
            when=("compare", 0x300A0687, 1, "!=", 0),
        ),
    ] = None
    """Patient Support Devices Sequence (300A,0686): Type 1C, VR SQ, VM 1. Required if the Number of Patient Support Devices (300A,0687) is non-zero. Patient support device definitions. Required if the Number of Patient Support Devices (300A,0687) is non-zero. The number of Items included in this Sequence shall equal the value of Number of Patient Support Devices (300A,0687)."""
