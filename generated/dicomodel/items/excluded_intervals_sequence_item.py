"""Item class ExcludedIntervalsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ExcludedIntervalsSequenceItem",
]


class ExcludedIntervalsSequenceItem(DicomModel):
    """An item of Excluded Intervals Sequence (0018,9803), as first defined in Excluded Intervals Module Attributes (C.8.24.5-1)."""

    dicom_name: ClassVar[str] = "Excluded Intervals Sequence"
    dicom_table: ClassVar[str] = "table_C.8.24.5-1"

    ExclusionStartDateTime: Annotated[
        vr.DT, Attribute(0x00189804, "DT", "1", "1", name="Exclusion Start DateTime")
    ]
    """Exclusion Start DateTime (0018,9804): Type 1, VR DT, VM 1. Time-point of the exclusion start in the same Synchronization Frame of Reference as Acquisition DateTime (0008,002A)."""

    ExclusionDuration: Annotated[
        vr.FD, Attribute(0x00189805, "FD", "1", "1", name="Exclusion Duration")
    ]
    """Exclusion Duration (0018,9805): Type 1, VR FD, VM 1. Duration of the exclusion in ms."""
