"""Directory Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.model import Attribute, DicomModel


class DirectoryInformationModule(DicomModel):
    """Directory Information Module Attributes (PS3.3 Table F.3-3)."""

    dicom_name: ClassVar[str] = "Directory Information"
    dicom_table: ClassVar[str] = "table_F.3-3"
