"""Item class IsocenterReferenceSystemSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    IsocenterReferenceSystemSequenceItem as IsocenterReferenceSystemSequenceItem,
)

__all__ = ["IsocenterReferenceSystemSequenceItem"]
