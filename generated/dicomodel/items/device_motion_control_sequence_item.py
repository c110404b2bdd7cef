"""Item class DeviceMotionControlSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.device_motion_execution_mode import (
        DeviceMotionExecutionModeValue as _DeviceMotionExecutionModeValue,
    )
    from dicomodel.enums.device_motion_observation_mode import (
        DeviceMotionObservationModeValue as _DeviceMotionObservationModeValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DeviceMotionExecutionModeValue = Lazy(
        "dicomodel.enums.device_motion_execution_mode", "DeviceMotionExecutionModeValue"
    )
    _DeviceMotionObservationModeValue = Lazy(
        "dicomodel.enums.device_motion_observation_mode", "DeviceMotionObservationModeValue"
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
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceMotionControlSequenceItem",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DeviceMotionParameterCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class DeviceMotionControlSequenceItem(DicomModel):
    """An item of Device Motion Control Sequence (300A,0450), as first defined in Device Motion Control Macro Attributes (10-28)."""

    dicom_name: ClassVar[str] = "Device Motion Control Sequence"
    dicom_table: ClassVar[str] = "table_10-28"

    DeviceMotionParameterCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300A0453, "SQ", "1", "1", name="Device Motion Parameter Code Sequence"),
    ]
    """Device Motion Parameter Code Sequence (300A,0453): Type 1, VR SQ, VM 1. The parameter for which the Device Motion Control shall be applied."""

    DeviceMotionExecutionMode: Annotated[
        _DeviceMotionExecutionModeValue | None,
        Attribute(
            0x300A0451,
            "CS",
            "1",
            "1C",
            name="Device Motion Execution Mode",
            enumerated=((0, ("CONTINUOUS", "TRIGGERED", "AUTOMATIC")),),
            when=("not", ("present", 0x300A0452)),
            otherwise="may",
        ),
    ] = None
    """Device Motion Execution Mode (300A,0451): Type 1C, VR CS, VM 1. Required if Device Motion Observation Mode (300A,0452) is absent. May be present otherwise. Permitted Motion Execution Mode for movement. Required if Device Motion Observation Mode (300A,0452) is absent. May be present otherwise. See Section 10.24.1.1."""

    DeviceMotionObservationMode: Annotated[
        _DeviceMotionObservationModeValue | None,
        Attribute(
            0x300A0452,
            "CS",
            "1",
            "1C",
            name="Device Motion Observation Mode",
            enumerated=((0, ("INROOM", "REMOTE")),),
            when=("not", ("present", 0x300A0451)),
            otherwise="may",
        ),
    ] = None
    """Device Motion Observation Mode (300A,0452): Type 1C, VR CS, VM 1. Required if Device Motion Execution Mode (300A,0451) is absent. May be present otherwise. Required Motion Observation Mode for movement. Required if Device Motion Execution Mode (300A,0451) is absent. May be present otherwise. See Section 10.24.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
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
