"""Basic Directory IOD.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.model import Attribute, DicomModel, ModuleUsage


class BasicDirectory(DicomModel):
    """Basic Directory IOD (PS3.3 Table F.3-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str] = "Basic Directory"
    dicom_table: ClassVar[str] = "table_F.3-1"
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = (
        ModuleUsage(
            "File-set Identification",
            "dicomodel.modules.file_set_identification:FileSetIdentificationModule",
            "M",
        ),
        ModuleUsage(
            "Directory Information",
            "dicomodel.modules.directory_information:DirectoryInformationModule",
            "U",
        ),
    )
