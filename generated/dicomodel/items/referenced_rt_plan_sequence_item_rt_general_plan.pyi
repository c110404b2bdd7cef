"""Item class ReferencedRTPlanSequenceItemRTGeneralPlan.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTPlanRelationshipTerm as RTPlanRelationshipTerm
from dicomodel.items import (
    ReferencedRTPlanSequenceItemRTGeneralPlan as ReferencedRTPlanSequenceItemRTGeneralPlan,
)

__all__ = ["RTPlanRelationshipTerm", "ReferencedRTPlanSequenceItemRTGeneralPlan"]
