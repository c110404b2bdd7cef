"""Enumerated Values and Defined Terms of Laterality.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Laterality as Laterality
from dicomodel.enums import (
    LateralityHangingProtocolDefinition as LateralityHangingProtocolDefinition,
)
from dicomodel.enums import (
    LateralityHangingProtocolDefinitionValue as LateralityHangingProtocolDefinitionValue,
)
from dicomodel.enums import LateralityValue as LateralityValue

__all__ = [
    "Laterality",
    "LateralityHangingProtocolDefinition",
    "LateralityHangingProtocolDefinitionValue",
    "LateralityValue",
]
