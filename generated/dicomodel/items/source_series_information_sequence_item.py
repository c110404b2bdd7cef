"""Item class SourceSeriesInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SourceSeriesInformationSequenceItem",
]


class SourceSeriesInformationSequenceItem(DicomModel):
    """An item of Source Series Information Sequence (3006,004C), as first defined in Structure Set Module Attributes (C.8-41)."""

    dicom_name: ClassVar[str] = "Source Series Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-41"

    Modality: Annotated[vr.CS, Attribute(0x00080060, "CS", "1", "1", name="Modality")]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired or produced the data used to create the Instances in this Series."""

    SeriesDate: Annotated[vr.DA, Attribute(0x00080021, "DA", "1", "1", name="Series Date")]
    """Series Date (0008,0021): Type 1, VR DA, VM 1. Date the Series started."""

    SeriesTime: Annotated[vr.TM, Attribute(0x00080031, "TM", "1", "1", name="Series Time")]
    """Series Time (0008,0031): Type 1, VR TM, VM 1. Time the Series started."""

    SeriesDescription: Annotated[
        vr.LO, Attribute(0x0008103E, "LO", "1", "1", name="Series Description")
    ]
    """Series Description (0008,103E): Type 1, VR LO, VM 1. Description of the Series."""

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the Series."""

    SeriesNumber: Annotated[vr.IS, Attribute(0x00200011, "IS", "1", "1", name="Series Number")]
    """Series Number (0020,0011): Type 1, VR IS, VM 1. A number that identifies this Series."""
