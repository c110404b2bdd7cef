"""Item class SteepKeratometricAxisSequenceItemIntraocularLensCalculations.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SteepKeratometricAxisSequenceItemIntraocularLensCalculations as SteepKeratometricAxisSequenceItemIntraocularLensCalculations,
)

__all__ = ["SteepKeratometricAxisSequenceItemIntraocularLensCalculations"]
