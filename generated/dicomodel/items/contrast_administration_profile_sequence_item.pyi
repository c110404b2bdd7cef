"""Item class ContrastAdministrationProfileSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ContrastAdministrationProfileSequenceItem as ContrastAdministrationProfileSequenceItem,
)

__all__ = ["ContrastAdministrationProfileSequenceItem"]
