"""Frame of Reference Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FrameOfReferenceModule",
]


class FrameOfReferenceModule(DicomModel):
    """Frame of Reference Module Attributes (PS3.3 Table C.7-6)."""

    dicom_name: ClassVar[str] = "Frame of Reference"
    dicom_table: ClassVar[str] = "table_C.7-6"

    FrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00200052, "UI", "1", "1", name="Frame of Reference UID")
    ]
    """Frame of Reference UID (0020,0052): Type 1, VR UI, VM 1. Uniquely identifies the Frame of Reference for a Series. See Section C.7.4.1.1.1 for further explanation."""

    PositionReferenceIndicator: Annotated[
        vr.LO | None, Attribute(0x00201040, "LO", "1", "2", name="Position Reference Indicator")
    ]
    """Position Reference Indicator (0020,1040): Type 2, VR LO, VM 1. Part of the imaging target used as a reference. See Section C.7.4.1.1.2 for further explanation."""
