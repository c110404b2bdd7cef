"""PET Table Dynamics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.pet_table_dynamics_sequence_item import PETTableDynamicsSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PETTableDynamicsMacro",
    "PETTableDynamicsSequenceItem",
]


class PETTableDynamicsMacro(DicomModel):
    """PET Table Dynamics Macro Attributes (PS3.3 Table C.8.22-18)."""

    dicom_name: ClassVar[str] = "PET Table Dynamics"
    dicom_table: ClassVar[str] = "table_C.8.22-18"

    PETTableDynamicsSequence: Annotated[
        list[PETTableDynamicsSequenceItem],
        Attribute(0x00189734, "SQ", "1", "1", name="PET Table Dynamics Sequence"),
    ]
    """PET Table Dynamics Sequence (0018,9734): Type 1, VR SQ, VM 1. Contains the Attributes describing the movement of the PET Table. Only a single Item shall be included in this Sequence."""
