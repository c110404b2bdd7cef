"""Item class FixationDeviceSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.fixation_device_type import (
        FixationDeviceTypeValue as _FixationDeviceTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _FixationDeviceTypeValue = Lazy(
        "dicomodel.enums.fixation_device_type", "FixationDeviceTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.fixation_device_type import FixationDeviceType as FixationDeviceType

__all__ = [
    "FixationDeviceSequenceItemRTGeneralMachineVerification",
    "FixationDeviceType",
]


class FixationDeviceSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Fixation Device Sequence (300A,0190), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Fixation Device Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""

    FixationDeviceType: Annotated[
        _FixationDeviceTypeValue | None,
        Attribute(
            0x300A0192,
            "CS",
            "1",
            None,
            name="Fixation Device Type",
            enumerated=(
                (
                    0,
                    (
                        "BITEBLOCK",
                        "HEADFRAME",
                        "MASK",
                        "MOLD",
                        "CAST",
                        "HEADREST",
                        "BREAST_BOARD",
                        "BODY_FRAME",
                        "VACUUM_MOLD",
                        "WHOLE_BODY_POD",
                        "RECTAL_BALLOON",
                    ),
                ),
            ),
        ),
    ] = None
    """Fixation Device Type (300A,0192): no Type, VR CS, VM 1. Type of Fixation Device used during Patient Setup. Enumerated Values: BITEBLOCK HEADFRAME MASK MOLD CAST HEADREST BREAST_BOARD BODY_FRAME VACUUM_MOLD WHOLE_BODY_POD RECTAL_BALLOON"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FixationDeviceType": ("dicomodel.enums.fixation_device_type", "FixationDeviceType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
