"""Patient Position Acquisition Device Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.acquisition_device_sequence_item import AcquisitionDeviceSequenceItem
from dicomodel.model import Attribute, DicomModel


class PatientPositionAcquisitionDeviceMacro(DicomModel):
    """Patient Position Acquisition Device Macro Attributes (PS3.3 Table C.36.2.2.22-1)."""

    dicom_name: ClassVar[str] = "Patient Position Acquisition Device"
    dicom_table: ClassVar[str] = "table_C.36.2.2.22-1"

    NumberOfAcquisitionDevices: Annotated[
        vr.US, Attribute(0x30020116, "US", "1", "1", name="Number of Acquisition Devices")
    ]
    """Number of Acquisition Devices (3002,0116): Type 1, VR US, VM 1. Number of Acquisition Devices defined in the Acquisition Device Sequence (3002,0117)."""

    AcquisitionDeviceSequence: Annotated[
        list[AcquisitionDeviceSequenceItem] | None,
        Attribute(
            0x30020117,
            "SQ",
            "1",
            "1C",
            name="Acquisition Device Sequence",
            when=("compare", 0x30020116, 1, "!=", 0),
        ),
    ] = None
    """Acquisition Device Sequence (3002,0117): Type 1C, VR SQ, VM 1. Required if the Number of Acquisition Devices (3002,0116) has a non-zero value. Devices used to generate images. The devices may be physical imaging devices that performed acquisition or virtual imaging devices for which acquisition was simulated."""
