"""Enumerated Values and Defined Terms of Retain Instances.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RetainInstances as RetainInstances
from dicomodel.enums import RetainInstancesValue as RetainInstancesValue

__all__ = ["RetainInstances", "RetainInstancesValue"]
