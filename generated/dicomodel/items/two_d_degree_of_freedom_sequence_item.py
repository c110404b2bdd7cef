"""Item class TwoDDegreeOfFreedomSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TwoDDegreeOfFreedomSequenceItem",
]


class TwoDDegreeOfFreedomSequenceItem(DicomModel):
    """An item of 2D Degree of Freedom Sequence (0068,6470), as first defined in Generic Implant Template Mating Features Module Attributes (C.29.1.4-1)."""

    dicom_name: ClassVar[str] = "2D Degree of Freedom Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.4-1"

    ReferencedHPGLDocumentID: Annotated[
        vr.US, Attribute(0x00686440, "US", "1", "1", name="Referenced HPGL Document ID")
    ]
    """Referenced HPGL Document ID (0068,6440): Type 1, VR US, VM 1. Value of the HPGL Document ID (0068,62D0) present in the HPGL Document Sequence (0068,62C0) that contains the 2D Drawing including the Mating Feature. See Section C.29.1.4.1.2. Shall be unique within the Sequence."""

    TwoDDegreeOfFreedomAxis: Annotated[
        list[vr.FD], Attribute(0x006864F0, "FD", "3", "1", name="2D Degree Of Freedom Axis")
    ]
    """2D Degree Of Freedom Axis (0068,64F0): Type 1, VR FD, VM 3. Direction cosines of the axis of the degree of freedom. See Section C.29.1.4.1.2."""

    RangeOfFreedom: Annotated[
        list[vr.FD], Attribute(0x006864A0, "FD", "2", "1", name="Range of Freedom")
    ]
    """Range of Freedom (0068,64A0): Type 1, VR FD, VM 2. Interval of freedom for this degree of freedom. See Section C.29.1.4.1.2."""
