"""Item class SteepKeratometricAxisSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SteepKeratometricAxisSequenceItem as SteepKeratometricAxisSequenceItem

__all__ = ["SteepKeratometricAxisSequenceItem"]
