"""Item class ExternallySourcedDataSetIdentificationItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ExternallySourcedDataSetIdentificationItem as ExternallySourcedDataSetIdentificationItem,
)

__all__ = ["ExternallySourcedDataSetIdentificationItem"]
