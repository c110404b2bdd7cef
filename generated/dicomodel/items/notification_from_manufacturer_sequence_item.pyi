"""Item class NotificationFromManufacturerSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument
from dicomodel.items import (
    NotificationFromManufacturerSequenceItem as NotificationFromManufacturerSequenceItem,
)

__all__ = ["MIMETypeOfEncapsulatedDocument", "NotificationFromManufacturerSequenceItem"]
