"""Enumerated Values and Defined Terms of Label Using Information Extracted From Instances.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    LabelUsingInformationExtractedFromInstances as LabelUsingInformationExtractedFromInstances,
)
from dicomodel.enums import (
    LabelUsingInformationExtractedFromInstancesValue as LabelUsingInformationExtractedFromInstancesValue,
)

__all__ = [
    "LabelUsingInformationExtractedFromInstances",
    "LabelUsingInformationExtractedFromInstancesValue",
]
