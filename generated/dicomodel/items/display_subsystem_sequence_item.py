"""Item class DisplaySubsystemSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import system_status as _system_status
from dicomodel.items.display_subsystem_configuration_sequence_item import (
    DisplaySubsystemConfigurationSequenceItem,
)
from dicomodel.items.measurement_equipment_sequence_item import MeasurementEquipmentSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class DisplaySubsystemSequenceItem(DicomModel):
    """An item of Display Subsystem Sequence (0028,7023), as first defined in Display System Module Attributes (C.32.1-1)."""

    dicom_name: ClassVar[str] = "Display Subsystem Sequence"
    dicom_table: ClassVar[str] = "table_C.32.1-1"

    DisplaySubsystemID: Annotated[
        vr.US | None, Attribute(0x00287003, "US", "1", "3", name="Display Subsystem ID")
    ] = None
    """Display Subsystem ID (0028,7003): Type -, VR US, VM 1. Number that identifies a specific display subsystem within a Display System. The value shall be unique within the Display Subsystem Sequence (0028,7023)."""

    DisplaySubsystemName: Annotated[
        vr.SH | None, Attribute(0x00287004, "SH", "1", "3", name="Display Subsystem Name")
    ] = None
    """Display Subsystem Name (0028,7004): Type -, VR SH, VM 1. User-defined name for the Display Subsystem."""

    DisplaySubsystemDescription: Annotated[
        vr.LO | None, Attribute(0x00287005, "LO", "1", "3", name="Display Subsystem Description")
    ] = None
    """Display Subsystem Description (0028,7005): Type -, VR LO, VM 1. A free text description of the Display Subsystem."""

    DisplayDeviceTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00287022, "SQ", "1", "3", name="Display Device Type Code Sequence"),
    ] = None
    """Display Device Type Code Sequence (0028,7022): Type -, VR SQ, VM 1. Type of technology used in the Display Device."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "3", name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): Type -, VR LO, VM 1. Manufacturer of the Display Device in the Display Subsystem. If the Display Subsystem is provided integrated into the Display System (e.g., for a tablet) and the Manufacturer is not otherwise known, the Manufacturer of the Display System ma..."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", "3", name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): Type -, VR LO, VM 1. Manufacturer's serial number of the Display Device (i.e., monitor device) in the Display Subsystem. If the Display Subsystem is provided integrated into the Display System (e.g., for a tablet) and the Device Serial Number is not otherwise k..."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", "3", name="Manufacturer's Model Name")
    ] = None
    """Manufacturer's Model Name (0008,1090): Type -, VR LO, VM 1. Manufacturer's model name of the Display Device in the Display Subsystem. If the Display Subsystem is provided integrated into the Display System (e.g., for a tablet) and the Model Name is not otherwise known, the Model Name of the Display..."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type -, VR DA, VM 1. The date the Display Device in the Display Subsystem was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type -, VR DA, VM 1. The date the Display Device in the Display Subsystem was installed in its current location. The printer may or may not have been used prior to installation in its current location."""

    SystemStatus: Annotated[
        _system_status.SystemStatusTerm | vr.CS | None,
        Attribute(0x00287006, "CS", "1", "3", name="System Status"),
    ] = None
    """System Status (0028,7006): Type -, VR CS, VM 1. Current overall status of the Display Subsystem. See Section C.32.1.1 for Defined Terms."""

    SystemStatusComment: Annotated[
        vr.LO | None, Attribute(0x00287007, "LO", "1", "3", name="System Status Comment")
    ] = None
    """System Status Comment (0028,7007): Type -, VR LO, VM 1. A free text comment about the status of the Display Subsystem."""

    DisplaySubsystemConfigurationSequence: Annotated[
        list[DisplaySubsystemConfigurationSequenceItem] | None,
        Attribute(0x0028700A, "SQ", "1", "3", name="Display Subsystem Configuration Sequence"),
    ] = None
    """Display Subsystem Configuration Sequence (0028,700A): Type -, VR SQ, VM 1. Available Display Subsystem Configurations. One or more Items shall be included in this Sequence."""

    CurrentConfigurationID: Annotated[
        vr.US | None, Attribute(0x00287002, "US", "1", "3", name="Current Configuration ID")
    ] = None
    """Current Configuration ID (0028,7002): Type -, VR US, VM 1. References the current configuration of the Display Subsystem. The value is the Configuration ID (0028,700B) of the Item in the Display Subsystem Configuration Sequence (0028,700A)."""

    MeasurementEquipmentSequence: Annotated[
        list[MeasurementEquipmentSequenceItem] | None,
        Attribute(0x00287012, "SQ", "1", "3", name="Measurement Equipment Sequence"),
    ] = None
    """Measurement Equipment Sequence (0028,7012): Type -, VR SQ, VM 1. Describes measurement equipment (if any) built into the Display Subsystem. Zero or more Items shall be included in this Sequence."""
