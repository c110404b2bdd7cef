"""Real World Value Mapping Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.model import Attribute, DicomModel


class RealWorldValueMappingSeriesModule(DicomModel):
    """Real World Value Mapping Series Module Attributes (PS3.3 Table C.25.1-1)."""

    dicom_name: ClassVar[str] = "Real World Value Mapping Series"
    dicom_table: ClassVar[str] = "table_C.25.1-1"

    Modality: Annotated[
        _modality.ModalityRealWorldValueMappingSeries,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("RWV",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. Enumerated Values: RWV"""
