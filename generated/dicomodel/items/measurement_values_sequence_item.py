"""Item class MeasurementValuesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MeasurementValuesSequenceItem",
]


class MeasurementValuesSequenceItem(DicomModel):
    """An item of Measurement Values Sequence (0066,0132), as first defined in Tractography Results Module Attributes (C.8.33-2)."""

    dicom_name: ClassVar[str] = "Measurement Values Sequence"
    dicom_table: ClassVar[str] = "table_C.8.33-2"

    FloatingPointValues: Annotated[
        vr.OF, Attribute(0x00660125, "OF", "1", "1", name="Floating Point Values")
    ]
    """Floating Point Values (0066,0125): Type 1, VR OF, VM 1. Measurement values for points stored in Point Coordinates Data (0066, 0016) of the corresponding track in Track Sequence (0066,0102)."""

    TrackPointIndexList: Annotated[
        vr.OL | None,
        Attribute(
            0x00660129,
            "OL",
            "1",
            "1C",
            name="Track Point Index List",
            when=("unknown", "depends on what the measurement values are associated with"),
        ),
    ] = None
    """Track Point Index List (0066,0129): Type 1C, VR OL, VM 1. Required if Measurement Values stored in Floating Point Values (0066,0125) shall be associated to only a subset of points in Point Coordinates Data (0066,0016). List of indices referencing points stored in Point Coordinates Data (0066,0016) within the corresponding track for which measurement values shall be stored."""
