"""Item class ModelSpecificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.general_accessory_sequence_item_equipment_specification import (
        GeneralAccessorySequenceItemEquipmentSpecification as _GeneralAccessorySequenceItemEquipmentSpecification,
    )
else:
    from dicomodel.lazy import Lazy

    _GeneralAccessorySequenceItemEquipmentSpecification = Lazy(
        "dicomodel.items.general_accessory_sequence_item_equipment_specification",
        "GeneralAccessorySequenceItemEquipmentSpecification",
    )

if TYPE_CHECKING:
    from dicomodel.items.general_accessory_sequence_item_equipment_specification import (
        GeneralAccessorySequenceItemEquipmentSpecification as GeneralAccessorySequenceItem,
    )

__all__ = [
    "GeneralAccessorySequenceItem",
    "ModelSpecificationSequenceItem",
]


class ModelSpecificationSequenceItem(DicomModel):
    """An item of Model Specification Sequence (0018,9912), as first defined in Equipment Specification Module Attributes (C.34.6-1)."""

    dicom_name: ClassVar[str] = "Model Specification Sequence"
    dicom_table: ClassVar[str] = "table_C.34.6-1"

    Manufacturer: Annotated[vr.LO, Attribute(0x00080070, "LO", "1", "1", name="Manufacturer")]
    """Manufacturer (0008,0070): Type 1, VR LO, VM 1. Manufacturer of the equipment."""

    ManufacturerRelatedModelGroup: Annotated[
        vr.LO | None,
        Attribute(0x00080222, "LO", "1", "3", name="Manufacturer's Related Model Group"),
    ] = None
    """Manufacturer's Related Model Group (0008,0222): Type 3, VR LO, VM 1. Name of a group of related equipment models from the Manufacturer (0008,0070) to which the same protocol applies."""

    ManufacturerModelName: Annotated[
        vr.LO | None,
        Attribute(
            0x00081090,
            "LO",
            "1",
            "1C",
            name="Manufacturer's Model Name",
            when=("not", ("present", 0x00080222)),
            otherwise="may",
        ),
    ] = None
    """Manufacturer's Model Name (0008,1090): Type 1C, VR LO, VM 1. Required if Manufacturer's Related Model Group (0008,0222) is not present. May be present otherwise. Manufacturer's model name of the equipment. Required if Manufacturer's Related Model Group (0008,0222) is not present. May be present otherwise."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None, Attribute(0x00181020, "LO", "1-n", "3", name="Software Versions")
    ] = None
    """Software Versions (0018,1020): Type 3, VR LO, VM 1-n. Manufacturer's designation of software version of the equipment. See Section C.7.5.1.1.3."""

    GeneralAccessorySequence: Annotated[
        list[_GeneralAccessorySequenceItemEquipmentSpecification] | None,
        Attribute(0x300A0420, "SQ", "1", "3", name="General Accessory Sequence"),
    ] = None
    """General Accessory Sequence (300A,0420): Type 3, VR SQ, VM 1. Accessories or options that further specify the model. One or more Items are permitted in this Sequence."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", "3", name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): Type 3, VR LO, VM 1. Serial number of a specific device for which the Protocol is intended."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment was installed in its current location. The equipment may or may not have been used prior to installation in its current location."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item_equipment_specification",
        "GeneralAccessorySequenceItemEquipmentSpecification",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
