"""Patient Position Acquisition Device Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.acquisition_device_sequence_item import (
        AcquisitionDeviceSequenceItem as _AcquisitionDeviceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionDeviceSequenceItem = Lazy(
        "dicomodel.items.acquisition_device_sequence_item", "AcquisitionDeviceSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.acquisition_device_sequence_item import (
        AcquisitionDeviceSequenceItem as AcquisitionDeviceSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "AcquisitionDeviceSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PatientPositionAcquisitionDeviceMacro",
    "UDISequenceItem",
]


class PatientPositionAcquisitionDeviceMacro(DicomModel):
    """Patient Position Acquisition Device Macro Attributes (PS3.3 Table C.36.2.2.22-1)."""

    dicom_name: ClassVar[str] = "Patient Position Acquisition Device"
    dicom_table: ClassVar[str] = "table_C.36.2.2.22-1"

    NumberOfAcquisitionDevices: Annotated[
        vr.US, Attribute(0x30020116, "US", "1", "1", name="Number of Acquisition Devices")
    ]
    """Number of Acquisition Devices (3002,0116): Type 1, VR US, VM 1. Number of Acquisition Devices defined in the Acquisition Device Sequence (3002,0117)."""

    AcquisitionDeviceSequence: Annotated[
        list[_AcquisitionDeviceSequenceItem] | None,
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


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionDeviceSequenceItem": (
        "dicomodel.items.acquisition_device_sequence_item",
        "AcquisitionDeviceSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
