"""Item class PETTableDynamicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PETTableDynamicsSequenceItem",
]


class PETTableDynamicsSequenceItem(DicomModel):
    """An item of PET Table Dynamics Sequence (0018,9734), as first defined in PET Table Dynamics Macro Attributes (C.8.22-18)."""

    dicom_name: ClassVar[str] = "PET Table Dynamics Sequence"
    dicom_table: ClassVar[str] = "table_C.8.22-18"

    TableSpeed: Annotated[vr.FD, Attribute(0x00189309, "FD", "1", "1", name="Table Speed")]
    """Table Speed (0018,9309): Type 1, VR FD, VM 1. The distance in mm that the Table moves in one second during the gathering of data that resulted in this frame."""
