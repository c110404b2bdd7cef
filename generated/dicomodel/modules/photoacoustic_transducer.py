"""Photoacoustic Transducer Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.transducer_response_sequence_item import TransducerResponseSequenceItem
from dicomodel.model import Attribute, DicomModel


class PhotoacousticTransducerModule(DicomModel):
    """Photoacoustic Transducer Module Attributes (PS3.3 Table C.8.34.3-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Transducer"
    dicom_table: ClassVar[str] = "table_C.8.34.3-1"

    TransducerGeometryCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0018980D, "SQ", "1", "1", name="Transducer Geometry Code Sequence"),
    ]
    """Transducer Geometry Code Sequence (0018,980D): Type 1, VR SQ, VM 1. Geometric structure of the transducer. Only a single Item shall be included in this Sequence."""

    TransducerResponseSequence: Annotated[
        list[TransducerResponseSequenceItem] | None,
        Attribute(0x0018982C, "SQ", "1", "2", name="Transducer Response Sequence"),
    ]
    """Transducer Response Sequence (0018,982C): Type 2, VR SQ, VM 1. Characterization of the frequency response of the transducer. Zero or one Item shall be included in this Sequence."""

    TransducerTechnologySequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00189831, "SQ", "1", "3", name="Transducer Technology Sequence"),
    ] = None
    """Transducer Technology Sequence (0018,9831): Type 3, VR SQ, VM 1. The type of technology the transducer is based on. Only a single Item is permitted in this Sequence."""
