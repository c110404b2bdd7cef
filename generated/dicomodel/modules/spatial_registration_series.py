"""Spatial Registration Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.model import Attribute, DicomModel


class SpatialRegistrationSeriesModule(DicomModel):
    """Spatial Registration Series Module Attributes (PS3.3 Table C.20.1-1)."""

    dicom_name: ClassVar[str] = "Spatial Registration Series"
    dicom_table: ClassVar[str] = "table_C.20.1-1"

    Modality: Annotated[
        _modality.ModalitySpatialRegistrationSeries,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("REG",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. Enumerated Values: REG"""
