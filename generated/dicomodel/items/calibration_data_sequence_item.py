"""Item class CalibrationDataSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CalibrationDataSequenceItem",
]


class CalibrationDataSequenceItem(DicomModel):
    """An item of Calibration Data Sequence (0054,0306), as first defined in NM Isotope Module Attributes (C.8-10)."""

    dicom_name: ClassVar[str] = "Calibration Data Sequence"
    dicom_table: ClassVar[str] = "table_C.8-10"

    EnergyWindowNumber: Annotated[
        vr.US, Attribute(0x00540308, "US", "1", "1", name="Energy Window Number")
    ]
    """Energy Window Number (0054,0308): Type 1, VR US, VM 1. The Item number in the Energy Window Information Sequence to which the following calibration data relates. The Items are numbered starting from 1."""

    SyringeCounts: Annotated[
        vr.IS | None, Attribute(0x00181045, "IS", "1", "3", name="Syringe Counts")
    ] = None
    """Syringe Counts (0018,1045): Type 3, VR IS, VM 1. Pre-injection syringe count rate in counts/sec. See Section C.8.4.10.1.8 for further explanation."""

    ResidualSyringeCounts: Annotated[
        vr.IS | None, Attribute(0x00540017, "IS", "1", "3", name="Residual Syringe Counts")
    ] = None
    """Residual Syringe Counts (0054,0017): Type 3, VR IS, VM 1. Post-injection residue syringe count rate in counts/sec. See Section C.8.4.10.1.9 for further explanation."""
