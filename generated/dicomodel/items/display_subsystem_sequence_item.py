"""Item class DisplaySubsystemSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.system_status import SystemStatusTerm as _SystemStatusTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.display_subsystem_configuration_sequence_item import (
        DisplaySubsystemConfigurationSequenceItem as _DisplaySubsystemConfigurationSequenceItem,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as _MeasurementEquipmentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DisplaySubsystemConfigurationSequenceItem = Lazy(
        "dicomodel.items.display_subsystem_configuration_sequence_item",
        "DisplaySubsystemConfigurationSequenceItem",
    )
    _MeasurementEquipmentSequenceItem = Lazy(
        "dicomodel.items.measurement_equipment_sequence_item", "MeasurementEquipmentSequenceItem"
    )
    _SystemStatusTerm = Lazy("dicomodel.enums.system_status", "SystemStatusTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.measurement_equipment_type import (
        MeasurementEquipmentType as MeasurementEquipmentType,
    )
    from dicomodel.enums.system_status import SystemStatusTerm as SystemStatusTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DisplayDeviceTypeCodeSequenceItem,
    )
    from dicomodel.items.display_subsystem_configuration_sequence_item import (
        DisplaySubsystemConfigurationSequenceItem as DisplaySubsystemConfigurationSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DisplayDeviceTypeCodeSequenceItem",
    "DisplaySubsystemConfigurationSequenceItem",
    "DisplaySubsystemSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
    "SystemStatusTerm",
]


class DisplaySubsystemSequenceItem(DicomModel):
    """An item of Display Subsystem Sequence (0028,7023), as first defined in Display System Module Attributes (C.32.1-1)."""

    dicom_name: ClassVar[str] = "Display Subsystem Sequence"
    dicom_table: ClassVar[str] = "table_C.32.1-1"

    DisplaySubsystemID: Annotated[
        vr.US | None, Attribute(0x00287003, "US", "1", None, name="Display Subsystem ID")
    ] = None
    """Display Subsystem ID (0028,7003): no Type, VR US, VM 1. Number that identifies a specific display subsystem within a Display System. The value shall be unique within the Display Subsystem Sequence (0028,7023)."""

    DisplaySubsystemName: Annotated[
        vr.SH | None, Attribute(0x00287004, "SH", "1", None, name="Display Subsystem Name")
    ] = None
    """Display Subsystem Name (0028,7004): no Type, VR SH, VM 1. User-defined name for the Display Subsystem."""

    DisplaySubsystemDescription: Annotated[
        vr.LO | None, Attribute(0x00287005, "LO", "1", None, name="Display Subsystem Description")
    ] = None
    """Display Subsystem Description (0028,7005): no Type, VR LO, VM 1. A free text description of the Display Subsystem."""

    DisplayDeviceTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00287022, "SQ", "1", None, name="Display Device Type Code Sequence"),
    ] = None
    """Display Device Type Code Sequence (0028,7022): no Type, VR SQ, VM 1. Type of technology used in the Display Device."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", None, name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): no Type, VR LO, VM 1. Manufacturer of the Display Device in the Display Subsystem. If the Display Subsystem is provided integrated into the Display System (e.g., for a tablet) and the Manufacturer is not otherwise known, the Manufacturer of the Display System ma..."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", None, name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): no Type, VR LO, VM 1. Manufacturer's serial number of the Display Device (i.e., monitor device) in the Display Subsystem. If the Display Subsystem is provided integrated into the Display System (e.g., for a tablet) and the Device Serial Number is not otherwise k..."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", None, name="Manufacturer's Model Name")
    ] = None
    """Manufacturer's Model Name (0008,1090): no Type, VR LO, VM 1. Manufacturer's model name of the Display Device in the Display Subsystem. If the Display Subsystem is provided integrated into the Display System (e.g., for a tablet) and the Model Name is not otherwise known, the Model Name of the Display..."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", None, name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): no Type, VR DA, VM 1. The date the Display Device in the Display Subsystem was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", None, name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): no Type, VR DA, VM 1. The date the Display Device in the Display Subsystem was installed in its current location. The printer may or may not have been used prior to installation in its current location."""

    SystemStatus: Annotated[
        _SystemStatusTerm | vr.CS | None,
        Attribute(0x00287006, "CS", "1", None, name="System Status"),
    ] = None
    """System Status (0028,7006): no Type, VR CS, VM 1. Current overall status of the Display Subsystem. See Section C.32.1.1 for Defined Terms."""

    SystemStatusComment: Annotated[
        vr.LO | None, Attribute(0x00287007, "LO", "1", None, name="System Status Comment")
    ] = None
    """System Status Comment (0028,7007): no Type, VR LO, VM 1. A free text comment about the status of the Display Subsystem."""

    DisplaySubsystemConfigurationSequence: Annotated[
        list[_DisplaySubsystemConfigurationSequenceItem] | None,
        Attribute(0x0028700A, "SQ", "1", None, name="Display Subsystem Configuration Sequence"),
    ] = None
    """Display Subsystem Configuration Sequence (0028,700A): no Type, VR SQ, VM 1. Available Display Subsystem Configurations. One or more Items shall be included in this Sequence."""

    CurrentConfigurationID: Annotated[
        vr.US | None, Attribute(0x00287002, "US", "1", None, name="Current Configuration ID")
    ] = None
    """Current Configuration ID (0028,7002): no Type, VR US, VM 1. References the current configuration of the Display Subsystem. The value is the Configuration ID (0028,700B) of the Item in the Display Subsystem Configuration Sequence (0028,700A)."""

    MeasurementEquipmentSequence: Annotated[
        list[_MeasurementEquipmentSequenceItem] | None,
        Attribute(0x00287012, "SQ", "1", None, name="Measurement Equipment Sequence"),
    ] = None
    """Measurement Equipment Sequence (0028,7012): no Type, VR SQ, VM 1. Describes measurement equipment (if any) built into the Display Subsystem. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DisplayDeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DisplaySubsystemConfigurationSequenceItem": (
        "dicomodel.items.display_subsystem_configuration_sequence_item",
        "DisplaySubsystemConfigurationSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementEquipmentSequenceItem": (
        "dicomodel.items.measurement_equipment_sequence_item",
        "MeasurementEquipmentSequenceItem",
    ),
    "MeasurementEquipmentType": (
        "dicomodel.enums.measurement_equipment_type",
        "MeasurementEquipmentType",
    ),
    "SystemStatusTerm": ("dicomodel.enums.system_status", "SystemStatusTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
