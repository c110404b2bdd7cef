"""Item class XAAcquisitionPhaseDetailsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XAAcquisitionPhaseDetailsSequenceItem",
]


class XAAcquisitionPhaseDetailsSequenceItem(DicomModel):
    """An item of XA Acquisition Phase Details Sequence (0018,11B8), as first defined in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    dicom_name: ClassVar[str] = "XA Acquisition Phase Details Sequence"
    dicom_table: ClassVar[str] = "table_C.34.17-1"

    XAAcquisitionDuration: Annotated[
        vr.FD | None, Attribute(0x001811BD, "FD", "1", "3", name="XA Acquisition Duration")
    ] = None
    """XA Acquisition Duration (0018,11BD): Type 3, VR FD, VM 1. The time in seconds used for the acquisition of this phase."""

    XAAcquisitionFrameRate: Annotated[
        vr.FD, Attribute(0x001811B9, "FD", "1", "1", name="XA Acquisition Frame Rate")
    ]
    """XA Acquisition Frame Rate (0018,11B9): Type 1, VR FD, VM 1. The frame rate in frames per second used for this phase."""
