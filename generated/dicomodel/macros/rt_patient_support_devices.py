"""RT Patient Support Devices Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_support_devices_sequence_item import PatientSupportDevicesSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTPatientSupportDevicesMacro(DicomModel):
    """RT Patient Support Devices Macro Attributes (PS3.3 Table C.36.2.2.2-1)."""

    dicom_name: ClassVar[str] = "RT Patient Support Devices"
    dicom_table: ClassVar[str] = "table_C.36.2.2.2-1"

    NumberOfPatientSupportDevices: Annotated[
        vr.US, Attribute(0x300A0687, "US", "1", "1", name="Number of Patient Support Devices")
    ]
    """Number of Patient Support Devices (300A,0687): Type 1, VR US, VM 1. Number of Patient Support Devices defined in the Patient Support Devices Sequence (300A,0686)."""

    PatientSupportDevicesSequence: Annotated[
        list[PatientSupportDevicesSequenceItem] | None,
        Attribute(
            0x300A0686,
            "SQ",
            "1",
            "1C",
            name="Patient Support Devices Sequence",
            when=("compare", 0x300A0687, 1, "!=", 0),
        ),
    ] = None
    """Patient Support Devices Sequence (300A,0686): Type 1C, VR SQ, VM 1. Required if the Number of Patient Support Devices (300A,0687) is non-zero. Patient support device definitions. Required if the Number of Patient Support Devices (300A,0687) is non-zero. The number of Items included in this Sequence shall equal the value of Number of Patient Support Devices (300A,0687)."""
