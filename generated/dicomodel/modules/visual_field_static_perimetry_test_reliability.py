"""Visual Field Static Perimetry Test Reliability Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.fixation_sequence_item import FixationSequenceItem
from dicomodel.items.visual_field_catch_trial_sequence_item import VisualFieldCatchTrialSequenceItem
from dicomodel.items.visual_field_test_reliability_global_index_sequence_item import (
    VisualFieldTestReliabilityGlobalIndexSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class VisualFieldStaticPerimetryTestReliabilityModule(DicomModel):
    """Visual Field Static Perimetry Test Reliability Module Attributes (PS3.3 Table C.8.26.3-1)."""

    dicom_name: ClassVar[str] = "Visual Field Static Perimetry Test Reliability"
    dicom_table: ClassVar[str] = "table_C.8.26.3-1"

    FixationSequence: Annotated[
        list[FixationSequenceItem], Attribute(0x00240032, "SQ", "1", "1", name="Fixation Sequence")
    ]
    """Fixation Sequence (0024,0032): Type 1, VR SQ, VM 1. The patient's gaze stability information during the visual field test. Only a single Item shall be included in this Sequence."""

    VisualFieldCatchTrialSequence: Annotated[
        list[VisualFieldCatchTrialSequenceItem],
        Attribute(0x00240034, "SQ", "1", "1", name="Visual Field Catch Trial Sequence"),
    ]
    """Visual Field Catch Trial Sequence (0024,0034): Type 1, VR SQ, VM 1. The reliability of the patient's responses to the visual field test. Only a single Item shall be included in this Sequence."""

    StimuliRetestingQuantity: Annotated[
        vr.US | None, Attribute(0x00240042, "US", "1", "3", name="Stimuli Retesting Quantity")
    ] = None
    """Stimuli Retesting Quantity (0024,0042): Type 3, VR US, VM 1. Total number of times in the course of a visual field exam that any location had to be retested at the same magnitude. An example is that the patient received 20 stimuli and blinked twice, therefore need to present the stimuli two additiona..."""

    PatientReliabilityIndicator: Annotated[
        vr.LO | None, Attribute(0x00240069, "LO", "1", "3", name="Patient Reliability Indicator")
    ] = None
    """Patient Reliability Indicator (0024,0069): Type 3, VR LO, VM 1. Vendor implementation specific text to provide an analysis and/or summary of patient reliability indicator/indices."""

    CommentsOnPatientPerformanceOfVisualField: Annotated[
        vr.LT | None,
        Attribute(
            0x00240044, "LT", "1", "3", name="Comments on Patient's Performance of Visual Field"
        ),
    ] = None
    """Comments on Patient's Performance of Visual Field (0024,0044): Type 3, VR LT, VM 1. Operator's (test administrator) subjective comment on patient's performance."""

    VisualFieldTestReliabilityGlobalIndexSequence: Annotated[
        list[VisualFieldTestReliabilityGlobalIndexSequenceItem] | None,
        Attribute(
            0x00240317, "SQ", "1", "3", name="Visual Field Test Reliability Global Index Sequence"
        ),
    ] = None
    """Visual Field Test Reliability Global Index Sequence (0024,0317): Type 3, VR SQ, VM 1. Information about various visual field indices related to test reliability. One or more Items are permitted in this Sequence."""
