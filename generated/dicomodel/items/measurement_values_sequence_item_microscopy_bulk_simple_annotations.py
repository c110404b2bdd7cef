"""Item class MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations",
]


class MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations(DicomModel):
    """An item of Measurement Values Sequence (0066,0132), as first defined in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    dicom_name: ClassVar[str] = "Measurement Values Sequence"
    dicom_table: ClassVar[str] = "table_C.37.1-2"

    FloatingPointValues: Annotated[
        vr.OF, Attribute(0x00660125, "OF", "1", "1", name="Floating Point Values")
    ]
    """Floating Point Values (0066,0125): Type 1, VR OF, VM 1. Measurement values for Annotations stored in this Annotation Group. If Annotation Index List (006A,0011) is present, measurement values are stored for a subset of Annotations, and the number of values shall match the number and order of ind..."""

    AnnotationIndexList: Annotated[
        vr.OL | None,
        Attribute(
            0x006A0011,
            "OL",
            "1",
            "1C",
            name="Annotation Index List",
            when=("unknown", "depends on what the measurement values are associated with"),
        ),
    ] = None
    """Annotation Index List (006A,0011): Type 1C, VR OL, VM 1. Required if Measurement Values stored in Floating Point Values (0066,0125) are associated with only a subset of Annotations. List of indices referencing Annotations identified in Long Primitive Point Index List (0066,0040) or successive points stored in Point Coordinates Data (0066,0016) or Double Point Coordinates Data (0066,0022) for which measurement values sh..."""
