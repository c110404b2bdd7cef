"""Item class DeviceMotionControlSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import device_motion_execution_mode as _device_motion_execution_mode
from dicomodel.enums import device_motion_observation_mode as _device_motion_observation_mode
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class DeviceMotionControlSequenceItem(DicomModel):
    """An item of Device Motion Control Sequence (300A,0450), as first defined in Device Motion Control Macro Attributes (10-28)."""

    dicom_name: ClassVar[str] = "Device Motion Control Sequence"
    dicom_table: ClassVar[str] = "table_10-28"

    DeviceMotionParameterCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A0453, "SQ", "1", "1", name="Device Motion Parameter Code Sequence"),
    ]
    """Device Motion Parameter Code Sequence (300A,0453): Type 1, VR SQ, VM 1. The parameter for which the Device Motion Control shall be applied."""

    DeviceMotionExecutionMode: Annotated[
        _device_motion_execution_mode.DeviceMotionExecutionMode | None,
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
        _device_motion_observation_mode.DeviceMotionObservationMode | None,
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
