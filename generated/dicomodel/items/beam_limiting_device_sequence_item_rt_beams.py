"""Item class BeamLimitingDeviceSequenceItemRTBeams.

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
    "BeamLimitingDeviceSequenceItemRTBeams",
    "RTBeamLimitingDeviceType",
]


class BeamLimitingDeviceSequenceItemRTBeams(DicomModel):
    """An item of Beam Limiting Device Sequence (300A,00B6), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Beam Limiting Device Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

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

    SourceToBeamLimitingDeviceDistance: Annotated[
        vr.DS | None,
        Attribute(0x300A00BA, "DS", "1", "3", name="Source to Beam Limiting Device Distance"),
    ] = None
    """Source to Beam Limiting Device Distance (300A,00BA): Type 3, VR DS, VM 1. Radiation source to beam limiting device (collimator) distance of the equipment that is to be used for beam delivery (mm)."""

    NumberOfLeafJawPairs: Annotated[
        vr.IS, Attribute(0x300A00BC, "IS", "1", "1", name="Number of Leaf/Jaw Pairs")
    ]
    """Number of Leaf/Jaw Pairs (300A,00BC): Type 1, VR IS, VM 1. Number of leaf (element) or jaw pairs (equal to 1 for standard beam limiting device jaws)."""

    LeafPositionBoundaries: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x300A00BE,
            "DS",
            "3-n",
            "2C",
            name="Leaf Position Boundaries",
            when=("value", 0x300A00B8, 0, "in", ("MLCX", "MLCY")),
            otherwise="may",
        ),
    ] = None
    """Leaf Position Boundaries (300A,00BE): Type 2C, VR DS, VM 3-n. Required if RT Beam Limiting Device Type (300A,00B8) is MLCX or MLCY. May be present otherwise. Boundaries of beam limiting device (collimator) leaves (in mm) in IEC BEAM LIMITING DEVICE coordinate axis appropriate to RT Beam Limiting Device Type (300A,00B8), i.e., X-axis for MLCY, Y-axis for MLCX."""


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
