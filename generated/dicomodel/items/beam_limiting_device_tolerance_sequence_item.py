"""Item class BeamLimitingDeviceToleranceSequenceItem.

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
    "BeamLimitingDeviceToleranceSequenceItem",
    "RTBeamLimitingDeviceType",
]


class BeamLimitingDeviceToleranceSequenceItem(DicomModel):
    """An item of Beam Limiting Device Tolerance Sequence (300A,0048), as first defined in RT Tolerance Tables Module Attributes (C.8-47)."""

    dicom_name: ClassVar[str] = "Beam Limiting Device Tolerance Sequence"
    dicom_table: ClassVar[str] = "table_C.8-47"

    RTBeamLimitingDeviceType: Annotated[
        _RTBeamLimitingDeviceTypeValue,
        Attribute(
            0x300A00B8,
            "CS",
            "1",
            "1",
            name="RT Beam Limiting Device Type",
            enumerated=((0, ("X", "Y", "ASYMX", "ASYMY", "MLCX", "MLCY")),),
        ),
    ]
    """RT Beam Limiting Device Type (300A,00B8): Type 1, VR CS, VM 1. Type of beam limiting device (collimator). Enumerated Values: X symmetric jaw pair in IEC X direction Y symmetric jaw pair in IEC Y direction ASYMX asymmetric jaw pair in IEC X direction ASYMY asymmetric jaw pair in IEC Y direction MLCX sin..."""

    BeamLimitingDevicePositionTolerance: Annotated[
        vr.DS, Attribute(0x300A004A, "DS", "1", "1", name="Beam Limiting Device Position Tolerance")
    ]
    """Beam Limiting Device Position Tolerance (300A,004A): Type 1, VR DS, VM 1. Maximum permitted difference (in mm) between planned and delivered leaf (element) or jaw positions for current beam limiting device (collimator)."""


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
