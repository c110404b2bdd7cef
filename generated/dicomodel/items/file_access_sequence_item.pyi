"""Item class FileAccessSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerFileTypeTerm as ContainerFileTypeTerm
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.items import FileAccessSequenceItem as FileAccessSequenceItem

__all__ = ["ContainerFileTypeTerm", "FileAccessSequenceItem", "MACAlgorithmTerm"]
