"""Item class DICOMStorageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DICOMStorageSequenceItem",
]


class DICOMStorageSequenceItem(DicomModel):
    """An item of DICOM Storage Sequence (0040,4071), as first defined in Storage Macro Attributes (10-3c)."""

    dicom_name: ClassVar[str] = "DICOM Storage Sequence"
    dicom_table: ClassVar[str] = "table_10-3c"

    DestinationAE: Annotated[vr.AE, Attribute(0x21000140, "AE", "1", "1", name="Destination AE")]
    """Destination AE (2100,0140): Type 1, VR AE, VM 1. Title of a DICOM Application Entity to which Instances will be stored."""
