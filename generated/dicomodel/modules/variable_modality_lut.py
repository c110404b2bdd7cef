"""Variable Modality LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.variable_modality_lut_sequence_item import VariableModalityLUTSequenceItem
from dicomodel.model import Attribute, DicomModel


class VariableModalityLUTModule(DicomModel):
    """Variable Modality LUT Module Attributes (PS3.3 Table C.11.35-1)."""

    dicom_name: ClassVar[str] = "Variable Modality LUT"
    dicom_table: ClassVar[str] = "table_C.11.35-1"

    VariableModalityLUTSequence: Annotated[
        list[VariableModalityLUTSequenceItem],
        Attribute(0x00283001, "SQ", "1", "1", name="Variable Modality LUT Sequence"),
    ]
    """Variable Modality LUT Sequence (0028,3001): Type 1, VR SQ, VM 1. Modality LUTs or Rescale Slopes and Intercepts for specific images and frames. Any given image or frame shall not be referenced in more than one item of this Sequence. One or more Items shall be included in this Sequence."""
