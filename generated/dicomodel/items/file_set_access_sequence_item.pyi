"""Item class FileSetAccessSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerFileTypeTerm as ContainerFileTypeTerm
from dicomodel.items import FileSetAccessSequenceItem as FileSetAccessSequenceItem

__all__ = ["ContainerFileTypeTerm", "FileSetAccessSequenceItem"]
