"""Item class BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceTypeValue as _RTBeamLimitingDeviceTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _RTBeamLimitingDeviceTypeValue = Lazy(
        "dicomodel.enums.rt_beam_limiting_device_type", "RTBeamLimitingDeviceTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification",
    "RTBeamLimitingDeviceType",
]


class BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification(DicomModel):
    """An item of Beam Limiting Device Position Sequence (300A,011A), as first defined in RT Conventional Machine Verification Module Attributes (C.31-2)."""

    dicom_name: ClassVar[str] = "Beam Limiting Device Position Sequence"
    dicom_table: ClassVar[str] = "table_C.31-2"

    RTBeamLimitingDeviceType: Annotated[
        _RTBeamLimitingDeviceTypeValue | None,
        Attribute(
            0x300A00B8,
            "CS",
            "1",
            None,
            name="RT Beam Limiting Device Type",
            enumerated=((0, ("X", "Y", "ASYMX", "ASYMY", "MLCX", "MLCY")),),
        ),
    ] = None
    """RT Beam Limiting Device Type (300A,00B8): no Type, VR CS, VM 1. Type of beam limiting device (collimator). The value of this Attribute shall correspond to RT Beam Limiting Device Type (300A,00B8) defined in an Item of Beam Limiting Device Sequence (300A,00B6) Enumerated Values: X symmetric jaw pair in I..."""

    LeafJawPositions: Annotated[
        list[vr.DS] | None, Attribute(0x300A011C, "DS", "2-2n", None, name="Leaf/Jaw Positions")
    ] = None
    """Leaf/Jaw Positions (300A,011C): no Type, VR DS, VM 2-2n. Positions of beam limiting device (collimator) leaf (element) or jaw pairs in mm in the IEC BEAM LIMITING DEVICE coordinate axis appropriate to RT Beam Limiting Device Type (300A,00B8), e.g., X-axis for MLCX, Y-axis for MLCY."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
