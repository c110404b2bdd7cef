"""Enumerated Values and Defined Terms of Temporal Relationship Interval Anchor.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TemporalRelationshipIntervalAnchor as TemporalRelationshipIntervalAnchor
from dicomodel.enums import (
    TemporalRelationshipIntervalAnchorValue as TemporalRelationshipIntervalAnchorValue,
)

__all__ = ["TemporalRelationshipIntervalAnchor", "TemporalRelationshipIntervalAnchorValue"]
