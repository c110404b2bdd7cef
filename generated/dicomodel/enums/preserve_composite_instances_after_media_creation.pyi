"""Enumerated Values and Defined Terms of Preserve Composite Instances After Media Creation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    PreserveCompositeInstancesAfterMediaCreation as PreserveCompositeInstancesAfterMediaCreation,
)
from dicomodel.enums import (
    PreserveCompositeInstancesAfterMediaCreationValue as PreserveCompositeInstancesAfterMediaCreationValue,
)

__all__ = [
    "PreserveCompositeInstancesAfterMediaCreation",
    "PreserveCompositeInstancesAfterMediaCreationValue",
]
