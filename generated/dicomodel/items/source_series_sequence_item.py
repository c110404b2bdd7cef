"""Item class SourceSeriesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SourceSeriesSequenceItem",
]


class SourceSeriesSequenceItem(DicomModel):
    """An item of Source Series Sequence (3006,004B), as first defined in ROI Contour Module Attributes (C.8-42)."""

    dicom_name: ClassVar[str] = "Source Series Sequence"
    dicom_table: ClassVar[str] = "table_C.8-42"

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the Series containing the referenced Instances."""
