"""Item class PhotoacousticExcitationCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PhotoacousticExcitationCharacteristicsSequenceItem",
]


class PhotoacousticExcitationCharacteristicsSequenceItem(DicomModel):
    """An item of Photoacoustic Excitation Characteristics Sequence (0018,9821), as first defined in Photoacoustic Excitation Characteristics Macro Attributes (C.8.34.5.1-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Excitation Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.8.34.5.1-1"

    ExcitationWavelength: Annotated[
        vr.FD, Attribute(0x00189826, "FD", "1", "1", name="Excitation Wavelength")
    ]
    """Excitation Wavelength (0018,9826): Type 1, VR FD, VM 1. The wavelength in nm of the optical excitation pulse from the illuminator."""

    ExcitationSpectralWidth: Annotated[
        vr.FD | None, Attribute(0x00189822, "FD", "1", "3", name="Excitation Spectral Width")
    ] = None
    """Excitation Spectral Width (0018,9822): Type 3, VR FD, VM 1. Full width at half maximum (FWHM) of the emitted optical spectrum in nm."""

    ExcitationEnergy: Annotated[
        vr.FD | None, Attribute(0x00189823, "FD", "1", "3", name="Excitation Energy")
    ] = None
    """Excitation Energy (0018,9823): Type 3, VR FD, VM 1. The optical energy of the excitation pulse in mJ."""

    ExcitationPulseDuration: Annotated[
        vr.FD | None, Attribute(0x00189824, "FD", "1", "3", name="Excitation Pulse Duration")
    ] = None
    """Excitation Pulse Duration (0018,9824): Type 3, VR FD, VM 1. The pulse duration of the excitation pulse in ns, measured as the time interval between the half-power points on the leading and trailing edges of the pulse."""
