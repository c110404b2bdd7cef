"""Item class DimensionOrganizationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DimensionOrganizationSequenceItem",
]


class DimensionOrganizationSequenceItem(DicomModel):
    """An item of Dimension Organization Sequence (0020,9221), as first defined in Multi-frame Dimension Module Attributes (C.7.6.17-1)."""

    dicom_name: ClassVar[str] = "Dimension Organization Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.17-1"

    DimensionOrganizationUID: Annotated[
        vr.UI, Attribute(0x00209164, "UI", "1", "1", name="Dimension Organization UID")
    ]
    """Dimension Organization UID (0020,9164): Type 1, VR UI, VM 1. Uniquely identifies a set of dimensions referenced within the containing SOP Instance. See Section C.7.6.17.2 for further explanation."""
