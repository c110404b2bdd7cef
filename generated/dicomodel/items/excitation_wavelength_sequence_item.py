"""Item class ExcitationWavelengthSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ExcitationWavelengthSequenceItem",
]


class ExcitationWavelengthSequenceItem(DicomModel):
    """An item of Excitation Wavelength Sequence (0018,9825), as first defined in Photoacoustic Acquisition Parameters Module Attributes (C.8.34.2-1)."""

    dicom_name: ClassVar[str] = "Excitation Wavelength Sequence"
    dicom_table: ClassVar[str] = "table_C.8.34.2-1"

    ExcitationWavelength: Annotated[
        vr.FD, Attribute(0x00189826, "FD", "1", "1", name="Excitation Wavelength")
    ]
    """Excitation Wavelength (0018,9826): Type 1, VR FD, VM 1. The wavelength in nm of the optical excitation pulse from the illuminator."""
