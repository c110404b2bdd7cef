"""Frame Pointers Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FramePointersModule",
]


class FramePointersModule(DicomModel):
    """Frame Pointers Module Attributes (PS3.3 Table C.7-15)."""

    dicom_name: ClassVar[str] = "Frame Pointers"
    dicom_table: ClassVar[str] = "table_C.7-15"

    RepresentativeFrameNumber: Annotated[
        vr.US | None, Attribute(0x00286010, "US", "1", "3", name="Representative Frame Number")
    ] = None
    """Representative Frame Number (0028,6010): Type 3, VR US, VM 1. The frame number selected for use as a pictorial representation (e.g., icon) of the Multi-frame Image."""

    FrameNumbersOfInterest: Annotated[
        list[vr.US] | None,
        Attribute(0x00286020, "US", "1-n", "3", name="Frame Numbers Of Interest (FOI)"),
    ] = None
    """Frame Numbers Of Interest (FOI) (0028,6020): Type 3, VR US, VM 1-n. Frame number(s) selected as frames of interest. A frame number may appear more than once."""

    FrameOfInterestDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00286022, "LO", "1-n", "3", name="Frame Of Interest Description"),
    ] = None
    """Frame Of Interest Description (0028,6022): Type 3, VR LO, VM 1-n. Description of each one of the Frame(s) of Interest selected in (0028,6020). If multiple Frames of Interest are selected and this Attribute is used, it shall contain the same number of values as are in Frame Numbers of Interest (0028,6020)."""

    FrameOfInterestType: Annotated[
        list[vr.CS] | None, Attribute(0x00286023, "CS", "1-n", "3", name="Frame of Interest Type")
    ] = None
    """Frame of Interest Type (0028,6023): Type 3, VR CS, VM 1-n. A Defined Term for each one of the Frame(s) of Interest (0028,6020) that identifies the significance of the frame. If multiple Frames of Interest are selected and this Attribute is used, it shall contain the same number of values as are in..."""
