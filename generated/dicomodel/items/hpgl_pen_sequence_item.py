"""Item class HPGLPenSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "HPGLPenSequenceItem",
]


class HPGLPenSequenceItem(DicomModel):
    """An item of HPGL Pen Sequence (0068,6320), as first defined in Generic Implant Template 2D Drawings Module Attributes (C.29.1.2-1)."""

    dicom_name: ClassVar[str] = "HPGL Pen Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.2-1"

    HPGLPenNumber: Annotated[vr.US, Attribute(0x00686330, "US", "1", "1", name="HPGL Pen Number")]
    """HPGL Pen Number (0068,6330): Type 1, VR US, VM 1. Numeric ID of the pen in the HPGL document."""

    HPGLPenLabel: Annotated[vr.LO, Attribute(0x00686340, "LO", "1", "1", name="HPGL Pen Label")]
    """HPGL Pen Label (0068,6340): Type 1, VR LO, VM 1. Label of the pen."""

    HPGLPenDescription: Annotated[
        vr.ST | None, Attribute(0x00686345, "ST", "1", "3", name="HPGL Pen Description")
    ] = None
    """HPGL Pen Description (0068,6345): Type 3, VR ST, VM 1. Description of the kind of information drawn with the pen."""
