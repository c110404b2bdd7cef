"""Presence rules of Enhanced RT Image Device Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedRTImageDeviceModule = (
    "table_C.36.26-1",
    (
        (
            "EquipmentFrameOfReferenceUID",
            Attribute(0x300A0675, "UI", "1", "1", name="Equipment Frame of Reference UID"),
            None,
        ),
        (
            "BeamModifierCoordinatesPresenceFlag",
            Attribute(
                0x30020105,
                "CS",
                "1",
                "1",
                name="Beam Modifier Coordinates Presence Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "RTDeviceDistanceReferenceLocationCodeSequence",
            Attribute(
                0x300A0659,
                "SQ",
                "1",
                "1C",
                name="RT Device Distance Reference Location Code Sequence",
                when=("value", 0x30020105, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RTBeamModifierDefinitionDistance",
            Attribute(
                0x300A0688,
                "FD",
                "1",
                "1C",
                name="RT Beam Modifier Definition Distance",
                when=("value", 0x30020105, 0, "in", ("YES",)),
            ),
            None,
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
        (
            "NumberOfGeneralAccessories",
            Attribute(
                0x300A0672,
                "US",
                "1",
                "1C",
                name="Number of General Accessories",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "GeneralAccessoryDefinitionSequence",
            Attribute(
                0x300A0671,
                "SQ",
                "1",
                "1C",
                name="General Accessory Definition Sequence",
                when=("and", ("present", 0x300A0672), ("compare", 0x300A0672, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.general_accessory_definition_sequence_item",
                "GeneralAccessoryDefinitionSequenceItem",
            ),
        ),
        (
            "NumberOfRTBeamLimitingDevices",
            Attribute(
                0x300A0641,
                "US",
                "1",
                "1C",
                name="Number of RT Beam Limiting Devices",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "RTBeamLimitingDeviceDefinitionSequence",
            Attribute(
                0x300A064D,
                "SQ",
                "1",
                "1C",
                name="RT Beam Limiting Device Definition Sequence",
                when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.rt_beam_limiting_device_definition_item",
                "RTBeamLimitingDeviceDefinitionItem",
            ),
        ),
        (
            "NumberOfAcquisitionDevices",
            Attribute(0x30020116, "US", "1", "1", name="Number of Acquisition Devices"),
            None,
        ),
        (
            "AcquisitionDeviceSequence",
            Attribute(
                0x30020117,
                "SQ",
                "1",
                "1C",
                name="Acquisition Device Sequence",
                when=("compare", 0x30020116, 1, "!=", 0),
            ),
            Lazy(
                "dicomodel.items.acquisition_device_sequence_item", "AcquisitionDeviceSequenceItem"
            ),
        ),
    ),
)
