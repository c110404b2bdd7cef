"""Item class TransducerResponseSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TransducerResponseSequenceItem",
]


class TransducerResponseSequenceItem(DicomModel):
    """An item of Transducer Response Sequence (0018,982C), as first defined in Photoacoustic Transducer Module Attributes (C.8.34.3-1)."""

    dicom_name: ClassVar[str] = "Transducer Response Sequence"
    dicom_table: ClassVar[str] = "table_C.8.34.3-1"

    CenterFrequency: Annotated[
        vr.FD | None, Attribute(0x0018982D, "FD", "1", "3", name="Center Frequency")
    ] = None
    """Center Frequency (0018,982D): Type 3, VR FD, VM 1. Center Frequency of a receiver in MHz."""

    FractionalBandwidth: Annotated[
        vr.FD | None, Attribute(0x0018982E, "FD", "1", "3", name="Fractional Bandwidth")
    ] = None
    """Fractional Bandwidth (0018,982E): Type 3, VR FD, VM 1. Fractional Bandwidth of a receiver in percent as measured in Transmit/Receive mode."""

    LowerCutoffFrequency: Annotated[
        vr.FD | None, Attribute(0x0018982F, "FD", "1", "3", name="Lower Cutoff Frequency")
    ] = None
    """Lower Cutoff Frequency (0018,982F): Type 3, VR FD, VM 1. Low end of the detectable frequency band of a receiver in MHz. This is the lowest frequency where the received signal amplitude is still within -6dB from the peak amplitude."""

    UpperCutoffFrequency: Annotated[
        vr.FD | None, Attribute(0x00189830, "FD", "1", "3", name="Upper Cutoff Frequency")
    ] = None
    """Upper Cutoff Frequency (0018,9830): Type 3, VR FD, VM 1. High end of the detectable frequency band of a receiver in MHz. This is the highest frequency where the received signal amplitude is still within -6dB from the peak amplitude."""
