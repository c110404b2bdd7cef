"""RT Patient Position Acquisition Device Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.acquisition_device_sequence_item import AcquisitionDeviceSequenceItem
from dicomodel.items.general_accessory_definition_sequence_item import (
    GeneralAccessoryDefinitionSequenceItem,
)
from dicomodel.items.patient_support_devices_sequence_item import PatientSupportDevicesSequenceItem
from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
    RTAccessoryHolderDefinitionSequenceItem,
)
from dicomodel.items.rt_beam_limiting_device_definition_sequence_item import (
    RTBeamLimitingDeviceDefinitionSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTPatientPositionAcquisitionDeviceModule(DicomModel):
    """RT Patient Position Acquisition Device Module Attributes (PS3.3 Table C.36.28-1)."""

    dicom_name: ClassVar[str] = "RT Patient Position Acquisition Device"
    dicom_table: ClassVar[str] = "table_C.36.28-1"

    EquipmentFrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x300A0675,
            "UI",
            "1",
            "1C",
            name="Equipment Frame of Reference UID",
            when=("or", ("present", 0x00289520), ("present", 0x3002010F)),
        ),
    ] = None
    """Equipment Frame of Reference UID (300A,0675): Type 1C, VR UI, VM 1. Required if Image to Equipment Mapping Matrix (0028,9520) or Device Position to Equipment Mapping Matrix (3002,010F) are present in the current SOP Instance. Frame of Reference identifier for the Treatment Delivery Device defining the coordinate system in which the geometric parameters are defined."""

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

    NumberOfRTAccessoryHolders: Annotated[
        vr.US | None,
        Attribute(
            0x300A0670,
            "US",
            "1",
            "1C",
            name="Number of RT Accessory Holders",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of RT Accessory Holders (300A,0670): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of RT Accessory Holders defined in the RT Accessory Holder Definition Sequence (300A,0614). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    RTAccessoryHolderDefinitionSequence: Annotated[
        list[RTAccessoryHolderDefinitionSequenceItem] | None,
        Attribute(
            0x300A0614,
            "SQ",
            "1",
            "1C",
            name="RT Accessory Holder Definition Sequence",
            when=("and", ("present", 0x300A0670), ("compare", 0x300A0670, 1, "!=", 0)),
        ),
    ] = None
    """RT Accessory Holder Definition Sequence (300A,0614): Type 1C, VR SQ, VM 1. Required if Number of RT Accessory Holders (300A,0670) is present and has a non-zero value. Accessory Holder device definitions. Required if Number of RT Accessory Holders (300A,0670) is present and has a non-zero value."""

    NumberOfGeneralAccessories: Annotated[
        vr.US | None,
        Attribute(
            0x300A0672,
            "US",
            "1",
            "1C",
            name="Number of General Accessories",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of General Accessories (300A,0672): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of General Accessories defined in the General Accessory Definition Sequence (300A,0671). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    GeneralAccessoryDefinitionSequence: Annotated[
        list[GeneralAccessoryDefinitionSequenceItem] | None,
        Attribute(
            0x300A0671,
            "SQ",
            "1",
            "1C",
            name="General Accessory Definition Sequence",
            when=("and", ("present", 0x300A0672), ("compare", 0x300A0672, 1, "!=", 0)),
        ),
    ] = None
    """General Accessory Definition Sequence (300A,0671): Type 1C, VR SQ, VM 1. Required if the Number of General Accessories (300A,0672) is present and has a non-zero value. General accessory devices. Required if the Number of General Accessories (300A,0672) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of General Accessories (300A,0672)."""

    NumberOfRTBeamLimitingDevices: Annotated[
        vr.US | None,
        Attribute(
            0x300A0641,
            "US",
            "1",
            "1C",
            name="Number of RT Beam Limiting Devices",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of RT Beam Limiting Devices (300A,0641): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of RT Beam Limiting Devices in the RT Beam Limiting Device Definition Sequence (300A,064D). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    RTBeamLimitingDeviceDefinitionSequence: Annotated[
        list[RTBeamLimitingDeviceDefinitionSequenceItem] | None,
        Attribute(
            0x300A064D,
            "SQ",
            "1",
            "1C",
            name="RT Beam Limiting Device Definition Sequence",
            when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
        ),
    ] = None
    """RT Beam Limiting Device Definition Sequence (300A,064D): Type 1C, VR SQ, VM 1. Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value. Beam limiting device (collimator), such as jaw or leaf (element) sets. The number of Items included in this Sequence shall equal the value of Number of RT Beam Limiting Devices (300A,0641)."""

    NumberOfAcquisitionDevices: Annotated[
        vr.US, Attribute(0x30020116, "US", "1", "1", name="Number of Acquisition Devices")
    ]
    """Number of Acquisition Devices (3002,0116): Type 1, VR US, VM 1. Number of Acquisition Devices defined in the Acquisition Device Sequence (3002,0117)."""

    AcquisitionDeviceSequence: Annotated[
        list[AcquisitionDeviceSequenceItem] | None,
        Attribute(
            0x30020117,
            "SQ",
            "1",
            "1C",
            name="Acquisition Device Sequence",
            when=("compare", 0x30020116, 1, "!=", 0),
        ),
    ] = None
    """Acquisition Device Sequence (3002,0117): Type 1C, VR SQ, VM 1. Required if the Number of Acquisition Devices (3002,0116) has a non-zero value. Devices used to generate images. The devices may be physical imaging devices that performed acquisition or virtual imaging devices for which acquisition was simulated."""
