"""Enumerated Values and Defined Terms of Volume to Transducer Relationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VolumeToTransducerRelationship as VolumeToTransducerRelationship
from dicomodel.enums import (
    VolumeToTransducerRelationshipValue as VolumeToTransducerRelationshipValue,
)

__all__ = ["VolumeToTransducerRelationship", "VolumeToTransducerRelationshipValue"]
