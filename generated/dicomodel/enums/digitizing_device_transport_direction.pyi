"""Enumerated Values and Defined Terms of Digitizing Device Transport Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DigitizingDeviceTransportDirection as DigitizingDeviceTransportDirection
from dicomodel.enums import (
    DigitizingDeviceTransportDirectionValue as DigitizingDeviceTransportDirectionValue,
)

__all__ = ["DigitizingDeviceTransportDirection", "DigitizingDeviceTransportDirectionValue"]
