"""Item class MetersetToDoseMappingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MetersetToDoseMappingSequenceItem",
]


class MetersetToDoseMappingSequenceItem(DicomModel):
    """An item of Meterset to Dose Mapping Sequence (300A,0620), as first defined in RT Dose Contribution Module Attributes (C.36.11-1)."""

    dicom_name: ClassVar[str] = "Meterset to Dose Mapping Sequence"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    CumulativeMeterset: Annotated[
        vr.FD, Attribute(0x300A063C, "FD", "1", "1", name="Cumulative Meterset")
    ]
    """Cumulative Meterset (300A,063C): Type 1, VR FD, VM 1. Cumulative Meterset where a dose value is delivered. See Section C.36.11.1.1."""

    RadiationDoseValue: Annotated[
        vr.FD, Attribute(0x300A0625, "FD", "1", "1", name="Radiation Dose Value")
    ]
    """Radiation Dose Value (300A,0625): Type 1, VR FD, VM 1. Dose value (in Gy) delivered at the corresponding Cumulative Meterset (300A,063C). See Section C.36.11.1.5."""
