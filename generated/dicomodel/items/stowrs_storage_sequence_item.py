"""Item class STOWRSStorageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "STOWRSStorageSequenceItem",
]


class STOWRSStorageSequenceItem(DicomModel):
    """An item of STOW-RS Storage Sequence (0040,4072), as first defined in Storage Macro Attributes (10-3c)."""

    dicom_name: ClassVar[str] = "STOW-RS Storage Sequence"
    dicom_table: ClassVar[str] = "table_10-3c"

    StorageURL: Annotated[vr.UR, Attribute(0x00404073, "UR", "1", "1", name="Storage URL")]
    """Storage URL (0040,4073): Type 1, VR UR, VM 1. URI/URL specifying the location of the STOW-RS storage service to which Instances will be stored. The value shall be a fully specified URI with protocol, authority and path, in accordance with [RFC3986] and Section 10.5 in PS3.18."""
