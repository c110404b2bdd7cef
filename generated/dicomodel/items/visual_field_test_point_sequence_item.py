"""Item class VisualFieldTestPointSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.retest_stimulus_seen import (
        RetestStimulusSeenValue as _RetestStimulusSeenValue,
    )
    from dicomodel.enums.stimulus_results import StimulusResultsValue as _StimulusResultsValue
    from dicomodel.items.visual_field_test_point_normals_sequence_item import (
        VisualFieldTestPointNormalsSequenceItem as _VisualFieldTestPointNormalsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RetestStimulusSeenValue = Lazy(
        "dicomodel.enums.retest_stimulus_seen", "RetestStimulusSeenValue"
    )
    _StimulusResultsValue = Lazy("dicomodel.enums.stimulus_results", "StimulusResultsValue")
    _VisualFieldTestPointNormalsSequenceItem = Lazy(
        "dicomodel.items.visual_field_test_point_normals_sequence_item",
        "VisualFieldTestPointNormalsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag import (
        GeneralizedDefectCorrectedSensitivityDeviationFlag as GeneralizedDefectCorrectedSensitivityDeviationFlag,
    )
    from dicomodel.enums.retest_stimulus_seen import RetestStimulusSeen as RetestStimulusSeen
    from dicomodel.enums.stimulus_results import StimulusResults as StimulusResults
    from dicomodel.items.visual_field_test_point_normals_sequence_item import (
        VisualFieldTestPointNormalsSequenceItem as VisualFieldTestPointNormalsSequenceItem,
    )

__all__ = [
    "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    "RetestStimulusSeen",
    "StimulusResults",
    "VisualFieldTestPointNormalsSequenceItem",
    "VisualFieldTestPointSequenceItem",
]


class VisualFieldTestPointSequenceItem(DicomModel):
    """An item of Visual Field Test Point Sequence (0024,0089), as first defined in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    dicom_name: ClassVar[str] = "Visual Field Test Point Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.4-1"

    VisualFieldTestPointXCoordinate: Annotated[
        vr.FL, Attribute(0x00240090, "FL", "1", "1", name="Visual Field Test Point X-Coordinate")
    ]
    """Visual Field Test Point X-Coordinate (0024,0090): Type 1, VR FL, VM 1. The horizontal coordinate of a single test point relative to the center of the patient fixation, in degrees, such that toward the right is positive."""

    VisualFieldTestPointYCoordinate: Annotated[
        vr.FL, Attribute(0x00240091, "FL", "1", "1", name="Visual Field Test Point Y-Coordinate")
    ]
    """Visual Field Test Point Y-Coordinate (0024,0091): Type 1, VR FL, VM 1. The vertical coordinate of a single test point relative to the center of the patient fixation, in degrees, such that up is positive."""

    StimulusResults: Annotated[
        _StimulusResultsValue,
        Attribute(
            0x00240093,
            "CS",
            "1",
            "1",
            name="Stimulus Results",
            enumerated=((0, ("SEEN", "NOT SEEN", "SEEN AT MAX")),),
        ),
    ]
    """Stimulus Results (0024,0093): Type 1, VR CS, VM 1. Whether the patient saw a stimulus presented at a luminance other than maximum, a presentation at maximum luminance, or did not see any presented stimulus."""

    SensitivityValue: Annotated[
        vr.FL | None,
        Attribute(
            0x00240094,
            "FL",
            "1",
            "1C",
            name="Sensitivity Value",
            when=("code", (0x00400260, 0x00400441), (("261004008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Sensitivity Value (0024,0094): Type 1C, VR FL, VM 1. Required if Content Item Modifier Sequence (0040,0441) within Performed Protocol Code Sequence (0040,0260) contains an Item with the value (261004008, SCT, \"Diagnostic\"). May be present otherwise. If Stimulus Results (0024,0093) is SEEN then this value is the sensitivity, in dB. Required if Content Item Modifier Sequence (0040,0441) within Performed Protocol Code Sequence (0040,0260) contains an Item with the value (261004008, SCT, \"..."""

    RetestStimulusSeen: Annotated[
        _RetestStimulusSeenValue | None,
        Attribute(
            0x00240095,
            "CS",
            "1",
            "3",
            name="Retest Stimulus Seen",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Retest Stimulus Seen (0024,0095): Type 3, VR CS, VM 1. Whether the retested stimulus presented was seen by the patient. Enumerated Values: YES NO"""

    RetestSensitivityValue: Annotated[
        vr.FL | None, Attribute(0x00240096, "FL", "1", "3", name="Retest Sensitivity Value")
    ] = None
    """Retest Sensitivity Value (0024,0096): Type 3, VR FL, VM 1. If the Retest Stimulus Seen (0024,0095) is YES, then this value is the sensitivity, in dB. If this is not present, refer to the Attribute Minimum Sensitivity Value (0024,0105)."""

    QuantifiedDefect: Annotated[
        vr.FL | None, Attribute(0x00240098, "FL", "1", "3", name="Quantified Defect")
    ] = None
    """Quantified Defect (0024,0098): Type 3, VR FL, VM 1. Difference between the expected and the determined sensitivity, each in dB. This field is only useful when the sensitivity is quantified."""

    VisualFieldTestPointNormalsSequence: Annotated[
        list[_VisualFieldTestPointNormalsSequenceItem] | None,
        Attribute(
            0x00240097,
            "SQ",
            "1",
            "2C",
            name="Visual Field Test Point Normals Sequence",
            when=("value", 0x00240057, 0, "in", ("YES",)),
        ),
    ] = None
    """Visual Field Test Point Normals Sequence (0024,0097): Type 2C, VR SQ, VM 1. Required if Test Point Normals Data Flag (0024,0057) is YES. Information about normal values for each visual field test point. Zero or more Items shall be included in this Sequence. May be empty if there is no normative data for this test point."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GeneralizedDefectCorrectedSensitivityDeviationFlag": (
        "dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag",
        "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    ),
    "RetestStimulusSeen": ("dicomodel.enums.retest_stimulus_seen", "RetestStimulusSeen"),
    "StimulusResults": ("dicomodel.enums.stimulus_results", "StimulusResults"),
    "VisualFieldTestPointNormalsSequenceItem": (
        "dicomodel.items.visual_field_test_point_normals_sequence_item",
        "VisualFieldTestPointNormalsSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
