"""Item class SelectedFrameFunctionalGroupsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SelectedFrameFunctionalGroupsSequenceItem",
]


class SelectedFrameFunctionalGroupsSequenceItem(DicomModel):
    """An item of Selected Frame Functional Groups Sequence (3002,0101), as first defined in Sparse Multi-frame Functional Groups Module Attributes (C.7.6.29-1)."""

    model_config = ConfigDict(extra="allow")
    dicom_name: ClassVar[str] = "Selected Frame Functional Groups Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.29-1"

    SelectedFrameNumber: Annotated[
        vr.IS, Attribute(0x30020100, "IS", "1", "1", name="Selected Frame Number")
    ]
    """Selected Frame Number (3002,0100): Type 1, VR IS, VM 1. Identifies the corresponding frame in the SOP Instance."""
