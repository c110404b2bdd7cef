"""Item class IonMachineVerificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import patient_support_type as _patient_support_type
from dicomodel.enums import scan_mode as _scan_mode
from dicomodel.items.ion_control_point_verification_sequence_item import (
    IonControlPointVerificationSequenceItem,
)
from dicomodel.items.recorded_lateral_spreading_device_sequence_item_rt_ion_machine_verification import (
    RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification,
)
from dicomodel.items.recorded_range_modulator_sequence_item_rt_ion_machine_verification import (
    RecordedRangeModulatorSequenceItemRTIonMachineVerification,
)
from dicomodel.items.recorded_range_shifter_sequence_item_rt_ion_machine_verification import (
    RecordedRangeShifterSequenceItemRTIonMachineVerification,
)
from dicomodel.items.recorded_snout_sequence_item import RecordedSnoutSequenceItem
from dicomodel.model import Attribute, DicomModel


class IonMachineVerificationSequenceItem(DicomModel):
    """An item of Ion Machine Verification Sequence (0074,1046), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Ion Machine Verification Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    IonControlPointVerificationSequence: Annotated[
        list[IonControlPointVerificationSequenceItem] | None,
        Attribute(0x0074104E, "SQ", "1", "3", name="Ion Control Point Verification Sequence"),
    ] = None
    """Ion Control Point Verification Sequence (0074,104E): Type -, VR SQ, VM 1. Beam control points for current ion treatment beam. Only a single Item shall be included in this Sequence."""

    RecordedSnoutSequence: Annotated[
        list[RecordedSnoutSequenceItem] | None,
        Attribute(0x300800F0, "SQ", "1", "3", name="Recorded Snout Sequence"),
    ] = None
    """Recorded Snout Sequence (3008,00F0): Type -, VR SQ, VM 1. Snouts associated with Beam. Only a single Item shall be included in this Sequence."""

    RecordedRangeShifterSequence: Annotated[
        list[RecordedRangeShifterSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300800F2, "SQ", "1", "3", name="Recorded Range Shifter Sequence"),
    ] = None
    """Recorded Range Shifter Sequence (3008,00F2): Type -, VR SQ, VM 1. Range shifters recorded with Beam. Zero or more Items shall be included in this Sequence."""

    RecordedLateralSpreadingDeviceSequence: Annotated[
        list[RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300800F4, "SQ", "1", "3", name="Recorded Lateral Spreading Device Sequence"),
    ] = None
    """Recorded Lateral Spreading Device Sequence (3008,00F4): Type -, VR SQ, VM 1. Lateral spreading devices associated with Beam. Zero or more Items shall be included in this Sequence."""

    RecordedRangeModulatorSequence: Annotated[
        list[RecordedRangeModulatorSequenceItemRTIonMachineVerification] | None,
        Attribute(0x300800F6, "SQ", "1", "3", name="Recorded Range Modulator Sequence"),
    ] = None
    """Recorded Range Modulator Sequence (3008,00F6): Type -, VR SQ, VM 1. Range modulators associated with Beam. Zero or more Items shall be included in this Sequence."""

    RadiationMassNumber: Annotated[
        vr.IS | None, Attribute(0x300A0302, "IS", "1", "3", name="Radiation Mass Number")
    ] = None
    """Radiation Mass Number (300A,0302): Type -, VR IS, VM 1. Mass number of radiation."""

    RadiationAtomicNumber: Annotated[
        vr.IS | None, Attribute(0x300A0304, "IS", "1", "3", name="Radiation Atomic Number")
    ] = None
    """Radiation Atomic Number (300A,0304): Type -, VR IS, VM 1. Atomic number of radiation."""

    RadiationChargeState: Annotated[
        vr.SS | None, Attribute(0x300A0306, "SS", "1", "3", name="Radiation Charge State")
    ] = None
    """Radiation Charge State (300A,0306): Type -, VR SS, VM 1. Charge state of radiation."""

    ScanMode: Annotated[
        _scan_mode.ScanMode | None,
        Attribute(
            0x300A0308,
            "CS",
            "1",
            "3",
            name="Scan Mode",
            enumerated=((0, ("NONE", "UNIFORM", "MODULATED")),),
        ),
    ] = None
    """Scan Mode (300A,0308): Type -, VR CS, VM 1. The method of beam scanning to be used during treatment. Enumerated Values: NONE No beam scanning is performed UNIFORM The beam is scanned between control points to create a uniform lateral fluence distribution across the field MODULATED Th..."""

    NumberOfRangeShifters: Annotated[
        vr.IS | None, Attribute(0x300A0312, "IS", "1", "3", name="Number of Range Shifters")
    ] = None
    """Number of Range Shifters (300A,0312): Type -, VR IS, VM 1. Number of range shifters associated with current beam."""

    NumberOfLateralSpreadingDevices: Annotated[
        vr.IS | None,
        Attribute(0x300A0330, "IS", "1", "3", name="Number of Lateral Spreading Devices"),
    ] = None
    """Number of Lateral Spreading Devices (300A,0330): Type -, VR IS, VM 1. Number of lateral spreading devices associated with current beam."""

    NumberOfRangeModulators: Annotated[
        vr.IS | None, Attribute(0x300A0340, "IS", "1", "3", name="Number of Range Modulators")
    ] = None
    """Number of Range Modulators (300A,0340): Type -, VR IS, VM 1. Number of range modulators associated with current beam."""

    PatientSupportType: Annotated[
        _patient_support_type.PatientSupportTypeTerm | vr.CS | None,
        Attribute(0x300A0350, "CS", "1", "3", name="Patient Support Type"),
    ] = None
    """Patient Support Type (300A,0350): Type -, VR CS, VM 1. Defined Terms: TABLE Treatment delivery system table CHAIR Treatment delivery system chair See Section C.8.8.25.6.3."""

    PatientSupportID: Annotated[
        vr.SH | None, Attribute(0x300A0352, "SH", "1", "3", name="Patient Support ID")
    ] = None
    """Patient Support ID (300A,0352): Type -, VR SH, VM 1. User-specified identifier for manufacturer specific patient support devices."""

    PatientSupportAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0354, "LO", "1", "3", name="Patient Support Accessory Code")
    ] = None
    """Patient Support Accessory Code (300A,0354): Type -, VR LO, VM 1. A Patient Support accessory identifier to be read by a device such as a bar code reader."""

    FixationLightAzimuthalAngle: Annotated[
        vr.FL | None, Attribute(0x300A0356, "FL", "1", "3", name="Fixation Light Azimuthal Angle")
    ] = None
    """Fixation Light Azimuthal Angle (300A,0356): Type -, VR FL, VM 1. Azimuthal angle in degrees of the fixation light coordinate around the IEC BEAM LIMITING DEVICE Y-axis. Used for eye treatments. See Section C.8.8.25.6.4."""

    FixationLightPolarAngle: Annotated[
        vr.FL | None, Attribute(0x300A0358, "FL", "1", "3", name="Fixation Light Polar Angle")
    ] = None
    """Fixation Light Polar Angle (300A,0358): Type -, VR FL, VM 1. Polar angle in degrees of the fixation light coordinate. Used for eye treatments. See Section C.8.8.25.6.4."""
