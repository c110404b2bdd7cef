"""Item class FixationDeviceSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import fixation_device_type as _fixation_device_type
from dicomodel.model import Attribute, DicomModel


class FixationDeviceSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Fixation Device Sequence (300A,0190), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Fixation Device Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type -, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""

    FixationDeviceType: Annotated[
        _fixation_device_type.FixationDeviceType | None,
        Attribute(
            0x300A0192,
            "CS",
            "1",
            "3",
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
    """Fixation Device Type (300A,0192): Type -, VR CS, VM 1. Type of Fixation Device used during Patient Setup. Enumerated Values: BITEBLOCK HEADFRAME MASK MOLD CAST HEADREST BREAST_BOARD BODY_FRAME VACUUM_MOLD WHOLE_BODY_POD RECTAL_BALLOON"""
