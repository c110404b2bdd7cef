"""Item class UnassignedSharedConvertedAttributesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "UnassignedSharedConvertedAttributesSequenceItem",
]


class UnassignedSharedConvertedAttributesSequenceItem(DicomModel):
    """An item of Unassigned Shared Converted Attributes Sequence (0020,9170), as first defined in Unassigned Shared Converted Attributes Macro Attributes (C.7.6.16.2.25.1-1)."""

    model_config = ConfigDict(extra="allow")
    dicom_name: ClassVar[str] = "Unassigned Shared Converted Attributes Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.25.1-1"
