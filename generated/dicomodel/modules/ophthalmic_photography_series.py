"""Ophthalmic Photography Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.model import Attribute, DicomModel


class OphthalmicPhotographySeriesModule(DicomModel):
    """Ophthalmic Photography Series Module Attributes (PS3.3 Table C.8.17.1-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Photography Series"
    dicom_table: ClassVar[str] = "table_C.8.17.1-1"

    Modality: Annotated[
        _modality.ModalityOphthalmicPhotographySeries,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("OP",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: OP"""
