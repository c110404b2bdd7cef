"""Intra-Oral Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.model import Attribute, DicomModel


class IntraOralSeriesModule(DicomModel):
    """Intra-Oral Series Module Attributes (PS3.3 Table C.8-75)."""

    dicom_name: ClassVar[str] = "Intra-Oral Series"
    dicom_table: ClassVar[str] = "table_C.8-75"

    Modality: Annotated[
        _modality.ModalityIntraOralSeries,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("IO",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: IO See Section C.7.3.1.1.1 for further explanation."""
