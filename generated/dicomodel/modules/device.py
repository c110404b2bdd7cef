"""Device Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.device_sequence_item import DeviceSequenceItem as _DeviceSequenceItem
else:
    from dicomodel.lazy import Lazy

    _DeviceSequenceItem = Lazy("dicomodel.items.device_sequence_item", "DeviceSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_diameter_units import (
        DeviceDiameterUnitsTerm as DeviceDiameterUnitsTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.device_sequence_item import DeviceSequenceItem as DeviceSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceDiameterUnitsTerm",
    "DeviceModule",
    "DeviceSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class DeviceModule(DicomModel):
    """Device Module Attributes (PS3.3 Table C.7-18)."""

    dicom_name: ClassVar[str] = "Device"
    dicom_table: ClassVar[str] = "table_C.7-18"

    DeviceSequence: Annotated[
        list[_DeviceSequenceItem], Attribute(0x00500010, "SQ", "1", "1", name="Device Sequence")
    ]
    """Device Sequence (0050,0010): Type 1, VR SQ, VM 1. A Sequence of Items describing devices used that may be visible in the image. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceDiameterUnitsTerm": ("dicomodel.enums.device_diameter_units", "DeviceDiameterUnitsTerm"),
    "DeviceSequenceItem": ("dicomodel.items.device_sequence_item", "DeviceSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
