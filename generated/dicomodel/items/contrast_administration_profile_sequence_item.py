"""Item class ContrastAdministrationProfileSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ContrastAdministrationProfileSequenceItem",
]


class ContrastAdministrationProfileSequenceItem(DicomModel):
    """An item of Contrast Administration Profile Sequence (0018,9340), as first defined in Enhanced Contrast/Bolus Module Attributes (C.7-12b)."""

    dicom_name: ClassVar[str] = "Contrast Administration Profile Sequence"
    dicom_table: ClassVar[str] = "table_C.7-12b"

    ContrastBolusVolume: Annotated[
        vr.DS | None, Attribute(0x00181041, "DS", "1", "2", name="Contrast/Bolus Volume")
    ]
    """Contrast/Bolus Volume (0018,1041): Type 2, VR DS, VM 1. Volume administered during this phase in milliliters of diluted contrast agent."""

    ContrastBolusStartTime: Annotated[
        vr.TM | None, Attribute(0x00181042, "TM", "1", "3", name="Contrast/Bolus Start Time")
    ] = None
    """Contrast/Bolus Start Time (0018,1042): Type 3, VR TM, VM 1. Time of start of administration."""

    ContrastBolusStopTime: Annotated[
        vr.TM | None, Attribute(0x00181043, "TM", "1", "3", name="Contrast/Bolus Stop Time")
    ] = None
    """Contrast/Bolus Stop Time (0018,1043): Type 3, VR TM, VM 1. Time of end of administration."""

    ContrastFlowRate: Annotated[
        list[vr.DS] | None, Attribute(0x00181046, "DS", "1-n", "3", name="Contrast Flow Rate")
    ] = None
    """Contrast Flow Rate (0018,1046): Type 3, VR DS, VM 1-n. Rate of administration in milliliters/sec. Only a single value shall be present."""

    ContrastFlowDuration: Annotated[
        list[vr.DS] | None, Attribute(0x00181047, "DS", "1-n", "3", name="Contrast Flow Duration")
    ] = None
    """Contrast Flow Duration (0018,1047): Type 3, VR DS, VM 1-n. Duration of injection in seconds. Only a single value shall be present."""
