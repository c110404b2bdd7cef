"""Device Motion Control Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.device_motion_control_sequence_item import (
        DeviceMotionControlSequenceItem as _DeviceMotionControlSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DeviceMotionControlSequenceItem = Lazy(
        "dicomodel.items.device_motion_control_sequence_item", "DeviceMotionControlSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_motion_execution_mode import (
        DeviceMotionExecutionMode as DeviceMotionExecutionMode,
    )
    from dicomodel.enums.device_motion_observation_mode import (
        DeviceMotionObservationMode as DeviceMotionObservationMode,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeviceMotionParameterCodeSequenceItem,
    )
    from dicomodel.items.device_motion_control_sequence_item import (
        DeviceMotionControlSequenceItem as DeviceMotionControlSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceMotionControlMacro",
    "DeviceMotionControlSequenceItem",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DeviceMotionParameterCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class DeviceMotionControlMacro(DicomModel):
    """Device Motion Control Macro Attributes (PS3.3 Table 10-28)."""

    dicom_name: ClassVar[str] = "Device Motion Control"
    dicom_table: ClassVar[str] = "table_10-28"

    DeviceMotionControlSequence: Annotated[
        list[_DeviceMotionControlSequenceItem] | None,
        Attribute(0x300A0450, "SQ", "1", "3", name="Device Motion Control Sequence"),
    ] = None
    """Device Motion Control Sequence (300A,0450): Type 3, VR SQ, VM 1. Device Motion Control Definitions for each degree of freedom. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceMotionControlSequenceItem": (
        "dicomodel.items.device_motion_control_sequence_item",
        "DeviceMotionControlSequenceItem",
    ),
    "DeviceMotionExecutionMode": (
        "dicomodel.enums.device_motion_execution_mode",
        "DeviceMotionExecutionMode",
    ),
    "DeviceMotionObservationMode": (
        "dicomodel.enums.device_motion_observation_mode",
        "DeviceMotionObservationMode",
    ),
    "DeviceMotionParameterCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
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
