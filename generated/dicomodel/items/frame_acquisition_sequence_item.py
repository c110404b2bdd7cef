"""Item class FrameAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FrameAcquisitionSequenceItem",
]


class FrameAcquisitionSequenceItem(DicomModel):
    """An item of Frame Acquisition Sequence (0018,9417), as first defined in X-Ray Frame Acquisition Macro Attributes (C.8.19.6-8)."""

    dicom_name: ClassVar[str] = "Frame Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-8"

    KVP: Annotated[vr.DS, Attribute(0x00180060, "DS", "1", "1", name="KVP")]
    """KVP (0018,0060): Type 1, VR DS, VM 1. Exact peak kilo voltage output of the X-Ray generator used for this frame."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD, Attribute(0x00189330, "FD", "1", "1", name="X-Ray Tube Current in mA")
    ]
    """X-Ray Tube Current in mA (0018,9330): Type 1, VR FD, VM 1. Exact Nominal X-Ray tube current in milliamperes applied during Acquisition Duration (0018,9220) for this frame."""
