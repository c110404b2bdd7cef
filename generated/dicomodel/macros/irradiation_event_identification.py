"""Irradiation Event Identification Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.irradiation_event_identification_sequence_item import (
    IrradiationEventIdentificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IrradiationEventIdentificationMacro",
    "IrradiationEventIdentificationSequenceItem",
]


class IrradiationEventIdentificationMacro(DicomModel):
    """Irradiation Event Identification Macro Attributes (PS3.3 Table C.7.6.16-19)."""

    dicom_name: ClassVar[str] = "Irradiation Event Identification"
    dicom_table: ClassVar[str] = "table_C.7.6.16-19"

    IrradiationEventIdentificationSequence: Annotated[
        list[IrradiationEventIdentificationSequenceItem],
        Attribute(0x00189477, "SQ", "1", "1", name="Irradiation Event Identification Sequence"),
    ]
    """Irradiation Event Identification Sequence (0018,9477): Type 1, VR SQ, VM 1. Sequence containing the Irradiation Event Identification for this frame. Only a single Item shall be included in this Sequence."""
