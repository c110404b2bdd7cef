"""Photoacoustic Excitation Characteristics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.photoacoustic_excitation_characteristics_sequence_item import (
    PhotoacousticExcitationCharacteristicsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PhotoacousticExcitationCharacteristicsMacro",
    "PhotoacousticExcitationCharacteristicsSequenceItem",
]


class PhotoacousticExcitationCharacteristicsMacro(DicomModel):
    """Photoacoustic Excitation Characteristics Macro Attributes (PS3.3 Table C.8.34.5.1-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Excitation Characteristics"
    dicom_table: ClassVar[str] = "table_C.8.34.5.1-1"

    PhotoacousticExcitationCharacteristicsSequence: Annotated[
        list[PhotoacousticExcitationCharacteristicsSequenceItem],
        Attribute(
            0x00189821, "SQ", "1", "1", name="Photoacoustic Excitation Characteristics Sequence"
        ),
    ]
    """Photoacoustic Excitation Characteristics Sequence (0018,9821): Type 1, VR SQ, VM 1. Characteristics of the light emitted by the illuminator, used for excitation of the target in Photoacoustic Imaging of this frame. These values are recorded during Photoacoustic frame acquisition."""
