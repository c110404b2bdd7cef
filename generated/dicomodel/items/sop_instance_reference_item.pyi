"""Item class SOPInstanceReferenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SOPInstanceReferenceItem as SOPInstanceReferenceItem

__all__ = ["SOPInstanceReferenceItem"]
