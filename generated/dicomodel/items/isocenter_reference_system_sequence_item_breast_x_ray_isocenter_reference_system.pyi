"""Item class IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem as IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem,
)

__all__ = ["IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem"]
