"""Item class XRayGridSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XRayGridSequenceItem",
]


class XRayGridSequenceItem(DicomModel):
    """An item of X-Ray Grid Sequence (0018,9555), as first defined in X-Ray Grid Macro Attributes (C.8.31.7-1)."""

    dicom_name: ClassVar[str] = "X-Ray Grid Sequence"
    dicom_table: ClassVar[str] = "table_C.8.31.7-1"

    Grid: Annotated[list[vr.CS], Attribute(0x00181166, "CS", "1-n", "1", name="Grid")]
    """Grid (0018,1166): Type 1, VR CS, VM 1-n. Identified the grid. May be multi-valued. Defined Terms: FIXED FOCUSED RECIPROCATING PARALLEL CROSSED NONE"""
