"""Display System Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.display_subsystem_sequence_item import (
        DisplaySubsystemSequenceItem as _DisplaySubsystemSequenceItem,
    )
    from dicomodel.items.equipment_administrator_sequence_item import (
        EquipmentAdministratorSequenceItem as _EquipmentAdministratorSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DisplaySubsystemSequenceItem = Lazy(
        "dicomodel.items.display_subsystem_sequence_item", "DisplaySubsystemSequenceItem"
    )
    _EquipmentAdministratorSequenceItem = Lazy(
        "dicomodel.items.equipment_administrator_sequence_item",
        "EquipmentAdministratorSequenceItem",
    )

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.display_subsystem_configuration_sequence_item import (
        DisplaySubsystemConfigurationSequenceItem as DisplaySubsystemConfigurationSequenceItem,
    )
    from dicomodel.items.display_subsystem_sequence_item import (
        DisplaySubsystemSequenceItem as DisplaySubsystemSequenceItem,
    )
    from dicomodel.items.equipment_administrator_sequence_item import (
        EquipmentAdministratorSequenceItem as EquipmentAdministratorSequenceItem,
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
    "DisplaySystemModule",
    "EquipmentAdministratorSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
    "PersonIdentificationCodeSequenceItem",
    "SystemStatusTerm",
]


class DisplaySystemModule(DicomModel):
    """Display System Module Attributes (PS3.3 Table C.32.1-1)."""

    dicom_name: ClassVar[str] = "Display System"
    dicom_table: ClassVar[str] = "table_C.32.1-1"

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", None, name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): no Type, VR LO, VM 1. Manufacturer of the Display System."""

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", None, name="Institution Name")
    ] = None
    """Institution Name (0008,0080): no Type, VR LO, VM 1. Institution where the Display System is located."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", None, name="Institution Address")
    ] = None
    """Institution Address (0008,0081): no Type, VR ST, VM 1. Mailing address of institution where the Display System is located."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", None, name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): no Type, VR LO, VM 1. Manufacturer's serial number of the Display System. The components of the Display System may also have their own serial numbers."""

    StationName: Annotated[
        vr.SH | None, Attribute(0x00081010, "SH", "1", None, name="Station Name")
    ] = None
    """Station Name (0008,1010): no Type, VR SH, VM 1. User defined name identifying the Display System."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", None, name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): no Type, VR LO, VM 1. Department name in the institution where the Display System is located."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", None, name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): no Type, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", None, name="Manufacturer's Model Name")
    ] = None
    """Manufacturer's Model Name (0008,1090): no Type, VR LO, VM 1. Manufacturer's model name of the Display System."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", None, name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): no Type, VR DA, VM 1. The date the Display System was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", None, name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): no Type, VR DA, VM 1. The date the Display System was installed in its current location. The printer may or may not have been used prior to installation in its current location."""

    EquipmentAdministratorSequence: Annotated[
        list[_EquipmentAdministratorSequenceItem] | None,
        Attribute(0x00287000, "SQ", "1", None, name="Equipment Administrator Sequence"),
    ] = None
    """Equipment Administrator Sequence (0028,7000): no Type, VR SQ, VM 1. Point of contact for problems with the equipment. Zero or more Items shall be included in this Sequence."""

    NumberOfDisplaySubsystems: Annotated[
        vr.US | None, Attribute(0x00287001, "US", "1", None, name="Number of Display Subsystems")
    ] = None
    """Number of Display Subsystems (0028,7001): no Type, VR US, VM 1. Number of Display Subsystems in the Display System."""

    DisplaySubsystemSequence: Annotated[
        list[_DisplaySubsystemSequenceItem] | None,
        Attribute(0x00287023, "SQ", "1", None, name="Display Subsystem Sequence"),
    ] = None
    """Display Subsystem Sequence (0028,7023): no Type, VR SQ, VM 1. Description of each Display Subsystem. One or more Items shall be included in this Sequence."""


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
    "DisplaySubsystemSequenceItem": (
        "dicomodel.items.display_subsystem_sequence_item",
        "DisplaySubsystemSequenceItem",
    ),
    "EquipmentAdministratorSequenceItem": (
        "dicomodel.items.equipment_administrator_sequence_item",
        "EquipmentAdministratorSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
