"""Item class AssessmentObservationsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import observation_significance as _observation_significance
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.structured_constraint_observation_sequence_item import (
    StructuredConstraintObservationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class AssessmentObservationsSequenceItem(DicomModel):
    """An item of Assessment Observations Sequence (0082,0007), as first defined in Content Assessment Results Module Attributes (C.33.1-1)."""

    dicom_name: ClassVar[str] = "Assessment Observations Sequence"
    dicom_table: ClassVar[str] = "table_C.33.1-1"

    ObservationSignificance: Annotated[
        _observation_significance.ObservationSignificance,
        Attribute(
            0x00820008,
            "CS",
            "1",
            "1",
            name="Observation Significance",
            enumerated=((0, ("MAJOR", "MODERATE", "MINOR", "CONSISTENT")),),
        ),
    ]
    """Observation Significance (0082,0008): Type 1, VR CS, VM 1. The significance of this observation regarding the quality or effectiveness of the assessed SOP Instance of this observation. Enumerated Values: MAJOR The observation represents a major concern."""

    ObservationBasisCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00820022, "SQ", "1", "1", name="Observation Basis Code Sequence"),
    ]
    """Observation Basis Code Sequence (0082,0022): Type 1, VR SQ, VM 1. Basis on which the Observation was performed. Only a single Item shall be included in this Sequence."""

    ObservationDescription: Annotated[
        vr.UT, Attribute(0x0082000A, "UT", "1", "1", name="Observation Description")
    ]
    """Observation Description (0082,000A): Type 1, VR UT, VM 1. Human-readable description of the Observation."""

    StructuredConstraintObservationSequence: Annotated[
        list[StructuredConstraintObservationSequenceItem] | None,
        Attribute(0x0082000C, "SQ", "1", "2", name="Structured Constraint Observation Sequence"),
    ]
    """Structured Constraint Observation Sequence (0082,000C): Type 2, VR SQ, VM 1. Structured Constraint(s) that were used to make this observation and description of conformance or violation. Zero or more Items shall be included in this Sequence."""
