"""Item class GatingBeamHoldTransitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beam_hold_transition import (
        BeamHoldTransitionValue as _BeamHoldTransitionValue,
    )
    from dicomodel.enums.beam_hold_transition_trigger_source import (
        BeamHoldTransitionTriggerSourceValue as _BeamHoldTransitionTriggerSourceValue,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as _DeviceIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamHoldTransitionTriggerSourceValue = Lazy(
        "dicomodel.enums.beam_hold_transition_trigger_source",
        "BeamHoldTransitionTriggerSourceValue",
    )
    _BeamHoldTransitionValue = Lazy(
        "dicomodel.enums.beam_hold_transition", "BeamHoldTransitionValue"
    )
    _DeviceIdentificationItem = Lazy(
        "dicomodel.items.device_identification_item", "DeviceIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.beam_hold_transition import BeamHoldTransition as BeamHoldTransition
    from dicomodel.enums.beam_hold_transition_trigger_source import (
        BeamHoldTransitionTriggerSource as BeamHoldTransitionTriggerSource,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as BeamHoldOriginatingDeviceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "BeamHoldOriginatingDeviceSequenceItem",
    "BeamHoldTransition",
    "BeamHoldTransitionTriggerSource",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "GatingBeamHoldTransitionSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]


class GatingBeamHoldTransitionSequenceItem(DicomModel):
    """An item of Gating Beam Hold Transition Sequence (300C,0125), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Gating Beam Hold Transition Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    BeamHoldTransition: Annotated[
        _BeamHoldTransitionValue,
        Attribute(
            0x300C0126,
            "CS",
            "1",
            "1",
            name="Beam Hold Transition",
            enumerated=((0, ("HOLD", "RESTART")),),
        ),
    ]
    """Beam Hold Transition (300C,0126): Type 1, VR CS, VM 1. Beam hold transition during irradiation. Enumerated Values: HOLD Beam held. RESTART Beam restarted."""

    BeamHoldTransitionTriggerSource: Annotated[
        _BeamHoldTransitionTriggerSourceValue | None,
        Attribute(
            0x300C0129,
            "CS",
            "1",
            "3",
            name="Beam Hold Transition Trigger Source",
            enumerated=((0, ("USER", "DEVICE")),),
        ),
    ] = None
    """Beam Hold Transition Trigger Source (300C,0129): Type 3, VR CS, VM 1. he source that caused the beam hold transition to occur. Enumerated Values: USER Transition was triggered manually by the user. DEVICE Transition was triggered automatically by the gating device itself."""

    BeamHoldTransitionDateTime: Annotated[
        vr.DT, Attribute(0x300C0127, "DT", "1", "1", name="Beam Hold Transition DateTime")
    ]
    """Beam Hold Transition DateTime (300C,0127): Type 1, VR DT, VM 1. DateTime of the beam hold transition."""

    BeamHoldOriginatingDeviceSequence: Annotated[
        list[_DeviceIdentificationItem] | None,
        Attribute(
            0x300C0128,
            "SQ",
            "1",
            "1C",
            name="Beam Hold Originating Device Sequence",
            when=(
                "unknown",
                "names no attribute: there are multiple devices in the treatment delivery device that can trigger the beam hold",
            ),
        ),
    ] = None
    """Beam Hold Originating Device Sequence (300C,0128): Type 1C, VR SQ, VM 1. Required if there are multiple devices in the treatment delivery device that can trigger the beam hold. The device that triggered the beam hold. Required if there are multiple devices in the treatment delivery device that can trigger the beam hold. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamHoldOriginatingDeviceSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
    ),
    "BeamHoldTransition": ("dicomodel.enums.beam_hold_transition", "BeamHoldTransition"),
    "BeamHoldTransitionTriggerSource": (
        "dicomodel.enums.beam_hold_transition_trigger_source",
        "BeamHoldTransitionTriggerSource",
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
