"""Presence rules of RT Delivery Device Common Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTDeliveryDeviceCommonModule = (
    "table_C.36.12-1",
    (
        (
            "TreatmentDeviceIdentificationSequence",
            Attribute(0x300A063A, "SQ", "1", "1", name="Treatment Device Identification Sequence"),
            Lazy(
                "dicomodel.items.treatment_device_identification_item",
                "TreatmentDeviceIdentificationItem",
            ),
        ),
        (
            "RadiationDosimeterUnitSequence",
            Attribute(0x300A0658, "SQ", "1", "1", name="Radiation Dosimeter Unit Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RTDeviceDistanceReferenceLocationCodeSequence",
            Attribute(
                0x300A0659,
                "SQ",
                "1",
                "1",
                name="RT Device Distance Reference Location Code Sequence",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RTBeamModifierDefinitionDistance",
            Attribute(0x300A0688, "FD", "1", "1", name="RT Beam Modifier Definition Distance"),
            None,
        ),
        (
            "EquipmentFrameOfReferenceUID",
            Attribute(0x300A0675, "UI", "1", "1", name="Equipment Frame of Reference UID"),
            None,
        ),
        (
            "EquipmentFrameOfReferenceDescription",
            Attribute(0x300A0676, "ST", "1", "3", name="Equipment Frame of Reference Description"),
            None,
        ),
        (
            "EquipmentReferencePointCoordinatesSequence",
            Attribute(
                0x300A0677, "SQ", "1", "2", name="Equipment Reference Point Coordinates Sequence"
            ),
            Lazy(
                "dicomodel.items.equipment_reference_point_coordinates_sequence_item",
                "EquipmentReferencePointCoordinatesSequenceItem",
            ),
        ),
        (
            "NumberOfPatientSupportDevices",
            Attribute(0x300A0687, "US", "1", "1", name="Number of Patient Support Devices"),
            None,
        ),
        (
            "PatientSupportDevicesSequence",
            Attribute(
                0x300A0686,
                "SQ",
                "1",
                "1C",
                name="Patient Support Devices Sequence",
                when=("compare", 0x300A0687, 1, "!=", 0),
            ),
            Lazy(
                "dicomodel.items.patient_support_devices_sequence_item",
                "PatientSupportDevicesSequenceItem",
            ),
        ),
    ),
)
