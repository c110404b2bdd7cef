"""Item class SynchronizedScrollingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SynchronizedScrollingSequenceItem",
]


class SynchronizedScrollingSequenceItem(DicomModel):
    """An item of Synchronized Scrolling Sequence (0072,0210), as first defined in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    dicom_name: ClassVar[str] = "Synchronized Scrolling Sequence"
    dicom_table: ClassVar[str] = "table_C.23.3-1"

    DisplaySetScrollingGroup: Annotated[
        list[vr.US], Attribute(0x00720212, "US", "2-n", "1", name="Display Set Scrolling Group")
    ]
    """Display Set Scrolling Group (0072,0212): Type 1, VR US, VM 2-n. Multi-valued list of two or more Display Set Number (0072,0202) values. Indicates that the images within the specified Display Sets are scrolled in parallel, to maintain the established synchronization."""
