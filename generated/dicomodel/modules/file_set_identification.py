"""File-Set Identification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.model import Attribute, DicomModel


class FileSetIdentificationModule(DicomModel):
    """File-Set Identification Module Attributes (PS3.3 Table F.3-2)."""

    dicom_name: ClassVar[str] = "File-Set Identification"
    dicom_table: ClassVar[str] = "table_F.3-2"
