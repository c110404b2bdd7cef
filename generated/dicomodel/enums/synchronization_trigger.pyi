"""Enumerated Values and Defined Terms of Synchronization Trigger.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SynchronizationTrigger as SynchronizationTrigger
from dicomodel.enums import SynchronizationTriggerValue as SynchronizationTriggerValue

__all__ = ["SynchronizationTrigger", "SynchronizationTriggerValue"]
