"""Multi-Resolution Pyramid Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MultiResolutionPyramidModule",
]


class MultiResolutionPyramidModule(DicomModel):
    """Multi-Resolution Pyramid Module Attributes (PS3.3 Table C.7.11.1-1)."""

    dicom_name: ClassVar[str] = "Multi-Resolution Pyramid"
    dicom_table: ClassVar[str] = "table_C.7.11.1-1"

    PyramidUID: Annotated[vr.UI, Attribute(0x00080019, "UI", "1", "1", name="Pyramid UID")]
    """Pyramid UID (0008,0019): Type 1, VR UI, VM 1. Unique identifier of a multi-resolution representation of an image."""

    PyramidLabel: Annotated[
        vr.LO | None, Attribute(0x00200027, "LO", "1", "3", name="Pyramid Label")
    ] = None
    """Pyramid Label (0020,0027): Type 3, VR LO, VM 1. User-defined label identifying a multi-resolution representation of an image."""

    PyramidDescription: Annotated[
        vr.LO | None, Attribute(0x00081088, "LO", "1", "3", name="Pyramid Description")
    ] = None
    """Pyramid Description (0008,1088): Type 3, VR LO, VM 1. User-defined description of a multi-resolution representation of an image."""
