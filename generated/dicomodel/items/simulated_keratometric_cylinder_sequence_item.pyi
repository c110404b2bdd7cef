"""Item class SimulatedKeratometricCylinderSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SimulatedKeratometricCylinderSequenceItem as SimulatedKeratometricCylinderSequenceItem,
)

__all__ = ["SimulatedKeratometricCylinderSequenceItem"]
