"""CT Table Dynamics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_table_dynamics_sequence_item import CTTableDynamicsSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTTableDynamicsMacro",
    "CTTableDynamicsSequenceItem",
]


class CTTableDynamicsMacro(DicomModel):
    """CT Table Dynamics Macro Attributes (PS3.3 Table C.8-120)."""

    dicom_name: ClassVar[str] = "CT Table Dynamics"
    dicom_table: ClassVar[str] = "table_C.8-120"

    CTTableDynamicsSequence: Annotated[
        list[CTTableDynamicsSequenceItem],
        Attribute(0x00189308, "SQ", "1", "1", name="CT Table Dynamics Sequence"),
    ]
    """CT Table Dynamics Sequence (0018,9308): Type 1, VR SQ, VM 1. Contains the Attributes defining the movement of the CT table. Only a single Item shall be included in this Sequence."""
