"""Radiopharmaceutical Usage Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.radiopharmaceutical_usage_sequence_item import (
    RadiopharmaceuticalUsageSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RadiopharmaceuticalUsageMacro",
    "RadiopharmaceuticalUsageSequenceItem",
]


class RadiopharmaceuticalUsageMacro(DicomModel):
    """Radiopharmaceutical Usage Macro Attributes (PS3.3 Table C.7.6.16.2-20)."""

    dicom_name: ClassVar[str] = "Radiopharmaceutical Usage"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2-20"

    RadiopharmaceuticalUsageSequence: Annotated[
        list[RadiopharmaceuticalUsageSequenceItem],
        Attribute(0x00189737, "SQ", "1", "1", name="Radiopharmaceutical Usage Sequence"),
    ]
    """Radiopharmaceutical Usage Sequence (0018,9737): Type 1, VR SQ, VM 1. One or more Items shall be included in this Sequence."""
