"""Item class RegistrationToLocalizerSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RegisteredLocalizerUnits as RegisteredLocalizerUnits
from dicomodel.items import (
    RegistrationToLocalizerSequenceItem as RegistrationToLocalizerSequenceItem,
)

__all__ = ["RegisteredLocalizerUnits", "RegistrationToLocalizerSequenceItem"]
