"""Beam Limiting Device Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as _BeamLimitingDevicePositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamLimitingDevicePositionSequenceItem = Lazy(
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionMacro",
    "BeamLimitingDevicePositionSequenceItem",
    "RTBeamLimitingDeviceType",
]


class BeamLimitingDevicePositionMacro(DicomModel):
    """Beam Limiting Device Position Macro Attributes (PS3.3 Table C.8.8.27-1)."""

    dicom_name: ClassVar[str] = "Beam Limiting Device Position"
    dicom_table: ClassVar[str] = "table_C.8.8.27-1"

    BeamLimitingDevicePositionSequence: Annotated[
        list[_BeamLimitingDevicePositionSequenceItem] | None,
        Attribute(
            0x300A011A,
            "SQ",
            "1",
            "1C",
            name="Beam Limiting Device Position Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'for first Item of the including control point Sequence ( either Ion Control Point Sequence (300A,03A8)' (in 'Required if Ion Beam Limiting Device Sequence (300A,03A4) or Beam Limiting Device Leaf Pairs Sequence (3008,00A0) is included in this SOP Instance and for first Item of the including control point Sequence ( either Ion Control Point Sequence (300A,03A8) or Ion Control Point Delivery Sequence (3008,0041) ) , or if any value of Leaf/Jaw Positions (300A,011C) changes during the Beam')",
            ),
        ),
    ] = None
    """Beam Limiting Device Position Sequence (300A,011A): Type 1C, VR SQ, VM 1. Required if Ion Beam Limiting Device Sequence (300A,03A4) or Beam Limiting Device Leaf Pairs Sequence (3008,00A0) is included in this SOP Instance and for first Item of the including control point Sequence (either Ion Control Point Sequence (300A,03A8) or Ion Control Point Delivery Sequence (3008,0041)), or if any value of Leaf/Jaw Positions (300A,011C) changes during the Beam. Sequence of beam limiting device (collimator) jaw or leaf (element) positions. Required if Ion Beam Limiting Device Sequence (300A,03A4) or Beam Limiting Device Leaf Pairs Sequence (3008,00A0) is included in this SOP Instance and for first..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
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
