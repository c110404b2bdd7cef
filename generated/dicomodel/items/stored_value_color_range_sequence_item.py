"""Item class StoredValueColorRangeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "StoredValueColorRangeSequenceItem",
]


class StoredValueColorRangeSequenceItem(DicomModel):
    """An item of Stored Value Color Range Sequence (0028,1230), as first defined in Stored Value Color Range Macro Attributes (C.7.6.16.2.26-1)."""

    dicom_name: ClassVar[str] = "Stored Value Color Range Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.26-1"

    MinimumStoredValueMapped: Annotated[
        vr.FD, Attribute(0x00281231, "FD", "1", "1", name="Minimum Stored Value Mapped")
    ]
    """Minimum Stored Value Mapped (0028,1231): Type 1, VR FD, VM 1. Minimum Stored Value to map. See Section C.7.6.16.2.26.1."""

    MaximumStoredValueMapped: Annotated[
        vr.FD, Attribute(0x00281232, "FD", "1", "1", name="Maximum Stored Value Mapped")
    ]
    """Maximum Stored Value Mapped (0028,1232): Type 1, VR FD, VM 1. Maximum Stored Value to map. See Section C.7.6.16.2.26.1."""
