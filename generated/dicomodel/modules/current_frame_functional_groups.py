"""Current Frame Functional Groups Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.model import Attribute, DicomModel


class CurrentFrameFunctionalGroupsModule(DicomModel):
    """Current Frame Functional Groups Module Attributes (PS3.3 Table C.7.6.27-1)."""

    dicom_name: ClassVar[str] = "Current Frame Functional Groups"
    dicom_table: ClassVar[str] = "table_C.7.6.27-1"
