"""Item class ConfigurationQAResultsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.display_calibration_result_sequence_item import (
    DisplayCalibrationResultSequenceItem,
)
from dicomodel.items.luminance_result_sequence_item import LuminanceResultSequenceItem
from dicomodel.items.luminance_uniformity_result_sequence_item import (
    LuminanceUniformityResultSequenceItem,
)
from dicomodel.items.visual_evaluation_result_sequence_item import (
    VisualEvaluationResultSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ConfigurationQAResultsSequenceItem(DicomModel):
    """An item of Configuration QA Results Sequence (0028,7011), as first defined in QA Results Module Attributes (C.32.3-1)."""

    dicom_name: ClassVar[str] = "Configuration QA Results Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

    DisplayCalibrationResultSequence: Annotated[
        list[DisplayCalibrationResultSequenceItem] | None,
        Attribute(0x00287016, "SQ", "1", "3", name="Display Calibration Result Sequence"),
    ] = None
    """Display Calibration Result Sequence (0028,7016): Type -, VR SQ, VM 1. The most recent calibration result. Zero or one Item shall be included in this Sequence."""

    VisualEvaluationResultSequence: Annotated[
        list[VisualEvaluationResultSequenceItem] | None,
        Attribute(0x00287015, "SQ", "1", "3", name="Visual Evaluation Result Sequence"),
    ] = None
    """Visual Evaluation Result Sequence (0028,7015): Type -, VR SQ, VM 1. The most recent visual evaluation result. Zero or one Item shall be included in this Sequence."""

    LuminanceUniformityResultSequence: Annotated[
        list[LuminanceUniformityResultSequenceItem] | None,
        Attribute(0x00287027, "SQ", "1", "3", name="Luminance Uniformity Result Sequence"),
    ] = None
    """Luminance Uniformity Result Sequence (0028,7027): Type -, VR SQ, VM 1. The most recent luminance uniformity result. Zero or one Item shall be included in this Sequence."""

    LuminanceResultSequence: Annotated[
        list[LuminanceResultSequenceItem] | None,
        Attribute(0x00287024, "SQ", "1", "3", name="Luminance Result Sequence"),
    ] = None
    """Luminance Result Sequence (0028,7024): Type -, VR SQ, VM 1. The most recent luminance result. Zero or one Item shall be included in this Sequence."""
