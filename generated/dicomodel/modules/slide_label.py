"""Slide Label Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SlideLabelModule",
]


class SlideLabelModule(DicomModel):
    """Slide Label Module Attributes (PS3.3 Table C.8.12.8-1)."""

    dicom_name: ClassVar[str] = "Slide Label"
    dicom_table: ClassVar[str] = "table_C.8.12.8-1"

    BarcodeValue: Annotated[
        vr.LT | None, Attribute(0x22000005, "LT", "1", "2", name="Barcode Value")
    ]
    """Barcode Value (2200,0005): Type 2, VR LT, VM 1. Barcode interpreted from the scanned slide label. This may be the same as Container Identifier (0040,0512)."""

    LabelText: Annotated[vr.UT | None, Attribute(0x22000002, "UT", "1", "2", name="Label Text")]
    """Label Text (2200,0002): Type 2, VR UT, VM 1. Label text interpreted from the scanned slide label, e.g., by optical character recognition."""
