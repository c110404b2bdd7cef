"""Item class ReferencedSOPSequenceItemReferencedInstancesAndAccess.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItemReferencedInstancesAndAccess,
)

__all__ = ["ReferencedSOPSequenceItemReferencedInstancesAndAccess"]
