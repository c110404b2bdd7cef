"""Item class NavigationIndicatorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "NavigationIndicatorSequenceItem",
]


class NavigationIndicatorSequenceItem(DicomModel):
    """An item of Navigation Indicator Sequence (0072,0214), as first defined in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    dicom_name: ClassVar[str] = "Navigation Indicator Sequence"
    dicom_table: ClassVar[str] = "table_C.23.3-1"

    NavigationDisplaySet: Annotated[
        vr.US | None,
        Attribute(
            0x00720216,
            "US",
            "1",
            "1C",
            name="Navigation Display Set",
            when=("unknown", "depends on how the display sets interact"),
        ),
    ] = None
    """Navigation Display Set (0072,0216): Type 1C, VR US, VM 1. Required if there is a one-way interaction such that the location of the Reference Display Sets is indicated on or controlled by the Navigation Display Set. Display Set Number (0072,0202) of the Display Set where the geometric relationship to the Reference Display Sets (0072,0218) is graphically depicted."""

    ReferenceDisplaySets: Annotated[
        list[vr.US], Attribute(0x00720218, "US", "1-n", "1", name="Reference Display Sets")
    ]
    """Reference Display Sets (0072,0218): Type 1, VR US, VM 1-n. One or more Display Set Number (0072,0202) values. If Navigation Display Set is present, shall list those Display Sets that are controlled by or indicated on the Navigation Display Set."""
