"""Item class RadiopharmaceuticalUsageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RadiopharmaceuticalUsageSequenceItem",
]


class RadiopharmaceuticalUsageSequenceItem(DicomModel):
    """An item of Radiopharmaceutical Usage Sequence (0018,9737), as first defined in Radiopharmaceutical Usage Macro Attributes (C.7.6.16.2-20)."""

    dicom_name: ClassVar[str] = "Radiopharmaceutical Usage Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2-20"

    RadiopharmaceuticalAgentNumber: Annotated[
        vr.US, Attribute(0x00189729, "US", "1", "1", name="Radiopharmaceutical Agent Number")
    ]
    """Radiopharmaceutical Agent Number (0018,9729): Type 1, VR US, VM 1. Identifying number corresponding to the radiopharmaceutical described in the Enhanced PET Isotope Module."""
