"""Item class PatientSetupSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification import (
        FixationDeviceSequenceItemRTGeneralMachineVerification as _FixationDeviceSequenceItemRTGeneralMachineVerification,
    )
else:
    from dicomodel.lazy import Lazy

    _FixationDeviceSequenceItemRTGeneralMachineVerification = Lazy(
        "dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification",
        "FixationDeviceSequenceItemRTGeneralMachineVerification",
    )

if TYPE_CHECKING:
    from dicomodel.enums.fixation_device_type import FixationDeviceType as FixationDeviceType
    from dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification import (
        FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItem,
    )

__all__ = [
    "FixationDeviceSequenceItem",
    "FixationDeviceType",
    "PatientSetupSequenceItemRTGeneralMachineVerification",
]


class PatientSetupSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Patient Setup Sequence (300A,0180), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Patient Setup Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    PatientSetupNumber: Annotated[
        vr.IS | None, Attribute(0x300A0182, "IS", "1", None, name="Patient Setup Number")
    ] = None
    """Patient Setup Number (300A,0182): no Type, VR IS, VM 1. Identification number of the Patient Setup."""

    FixationDeviceSequence: Annotated[
        list[_FixationDeviceSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300A0190, "SQ", "1", None, name="Fixation Device Sequence"),
    ] = None
    """Fixation Device Sequence (300A,0190): no Type, VR SQ, VM 1. Fixation Devices used in Patient Setup. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FixationDeviceSequenceItem": (
        "dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification",
        "FixationDeviceSequenceItemRTGeneralMachineVerification",
    ),
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
