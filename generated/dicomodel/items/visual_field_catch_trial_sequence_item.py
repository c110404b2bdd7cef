"""Item class VisualFieldCatchTrialSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.catch_trials_data_flag import (
        CatchTrialsDataFlagValue as _CatchTrialsDataFlagValue,
    )
    from dicomodel.enums.excessive_false_negatives import (
        ExcessiveFalseNegativesValue as _ExcessiveFalseNegativesValue,
    )
    from dicomodel.enums.excessive_false_negatives_data_flag import (
        ExcessiveFalseNegativesDataFlagValue as _ExcessiveFalseNegativesDataFlagValue,
    )
    from dicomodel.enums.excessive_false_positives import (
        ExcessiveFalsePositivesValue as _ExcessiveFalsePositivesValue,
    )
    from dicomodel.enums.excessive_false_positives_data_flag import (
        ExcessiveFalsePositivesDataFlagValue as _ExcessiveFalsePositivesDataFlagValue,
    )
    from dicomodel.enums.false_negatives_estimate_flag import (
        FalseNegativesEstimateFlagValue as _FalseNegativesEstimateFlagValue,
    )
    from dicomodel.enums.false_positives_estimate_flag import (
        FalsePositivesEstimateFlagValue as _FalsePositivesEstimateFlagValue,
    )
else:
    from dicomodel.lazy import Lazy

    _CatchTrialsDataFlagValue = Lazy(
        "dicomodel.enums.catch_trials_data_flag", "CatchTrialsDataFlagValue"
    )
    _ExcessiveFalseNegativesDataFlagValue = Lazy(
        "dicomodel.enums.excessive_false_negatives_data_flag",
        "ExcessiveFalseNegativesDataFlagValue",
    )
    _ExcessiveFalseNegativesValue = Lazy(
        "dicomodel.enums.excessive_false_negatives", "ExcessiveFalseNegativesValue"
    )
    _ExcessiveFalsePositivesDataFlagValue = Lazy(
        "dicomodel.enums.excessive_false_positives_data_flag",
        "ExcessiveFalsePositivesDataFlagValue",
    )
    _ExcessiveFalsePositivesValue = Lazy(
        "dicomodel.enums.excessive_false_positives", "ExcessiveFalsePositivesValue"
    )
    _FalseNegativesEstimateFlagValue = Lazy(
        "dicomodel.enums.false_negatives_estimate_flag", "FalseNegativesEstimateFlagValue"
    )
    _FalsePositivesEstimateFlagValue = Lazy(
        "dicomodel.enums.false_positives_estimate_flag", "FalsePositivesEstimateFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.catch_trials_data_flag import CatchTrialsDataFlag as CatchTrialsDataFlag
    from dicomodel.enums.excessive_false_negatives import (
        ExcessiveFalseNegatives as ExcessiveFalseNegatives,
    )
    from dicomodel.enums.excessive_false_negatives_data_flag import (
        ExcessiveFalseNegativesDataFlag as ExcessiveFalseNegativesDataFlag,
    )
    from dicomodel.enums.excessive_false_positives import (
        ExcessiveFalsePositives as ExcessiveFalsePositives,
    )
    from dicomodel.enums.excessive_false_positives_data_flag import (
        ExcessiveFalsePositivesDataFlag as ExcessiveFalsePositivesDataFlag,
    )
    from dicomodel.enums.false_negatives_estimate_flag import (
        FalseNegativesEstimateFlag as FalseNegativesEstimateFlag,
    )
    from dicomodel.enums.false_positives_estimate_flag import (
        FalsePositivesEstimateFlag as FalsePositivesEstimateFlag,
    )

__all__ = [
    "CatchTrialsDataFlag",
    "ExcessiveFalseNegatives",
    "ExcessiveFalseNegativesDataFlag",
    "ExcessiveFalsePositives",
    "ExcessiveFalsePositivesDataFlag",
    "FalseNegativesEstimateFlag",
    "FalsePositivesEstimateFlag",
    "VisualFieldCatchTrialSequenceItem",
]


class VisualFieldCatchTrialSequenceItem(DicomModel):
    """An item of Visual Field Catch Trial Sequence (0024,0034), as first defined in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    dicom_name: ClassVar[str] = "Visual Field Catch Trial Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.3-1"

    CatchTrialsDataFlag: Annotated[
        _CatchTrialsDataFlagValue,
        Attribute(
            0x00240055,
            "CS",
            "1",
            "1",
            name="Catch Trials Data Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Catch Trials Data Flag (0024,0055): Type 1, VR CS, VM 1. Whether catch trials data were performed. Enumerated Values: YES NO"""

    NegativeCatchTrialsQuantity: Annotated[
        vr.US | None,
        Attribute(
            0x00240048,
            "US",
            "1",
            "1C",
            name="Negative Catch Trials Quantity",
            when=("value", 0x00240055, 0, "in", ("YES",)),
        ),
    ] = None
    """Negative Catch Trials Quantity (0024,0048): Type 1C, VR US, VM 1. Required if Catch Trials Data Flag (0024,0055) is YES. Total number of times the patient's visual attention was tested using stimuli brighter than previously seen luminance (negative catch trials). Required if Catch Trials Data Flag (0024,0055) is YES."""

    FalseNegativesQuantity: Annotated[
        vr.US | None,
        Attribute(
            0x00240050,
            "US",
            "1",
            "1C",
            name="False Negatives Quantity",
            when=("value", 0x00240055, 0, "in", ("YES",)),
        ),
    ] = None
    """False Negatives Quantity (0024,0050): Type 1C, VR US, VM 1. Required if Catch Trials Data Flag (0024,0055) is YES. Total number of stimuli that were not seen by the patient but were previously seen at a lower luminance earlier in the visual field test (false negatives). Required if Catch Trials Data Flag (0024,0055) is YES."""

    FalseNegativesEstimateFlag: Annotated[
        _FalseNegativesEstimateFlagValue,
        Attribute(
            0x00240045,
            "CS",
            "1",
            "1",
            name="False Negatives Estimate Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """False Negatives Estimate Flag (0024,0045): Type 1, VR CS, VM 1. Whether the device was able to estimates false negatives. Enumerated Values: YES NO"""

    FalseNegativesEstimate: Annotated[
        vr.FL | None,
        Attribute(
            0x00240046,
            "FL",
            "1",
            "1C",
            name="False Negatives Estimate",
            when=("value", 0x00240045, 0, "in", ("YES",)),
        ),
    ] = None
    """False Negatives Estimate (0024,0046): Type 1C, VR FL, VM 1. Required if False Negatives Estimate Flag (0024,0045) is YES. Estimated percentage of all stimuli that were not seen by the patient but were previously seen at a lower luminance earlier in the visual field test (false negative responses), as percent."""

    ExcessiveFalseNegativesDataFlag: Annotated[
        _ExcessiveFalseNegativesDataFlagValue,
        Attribute(
            0x00240051,
            "CS",
            "1",
            "1",
            name="Excessive False Negatives Data Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Excessive False Negatives Data Flag (0024,0051): Type 1, VR CS, VM 1. Whether the device was able to determine excessive false negatives. Enumerated Values: YES NO"""

    ExcessiveFalseNegatives: Annotated[
        _ExcessiveFalseNegativesValue | None,
        Attribute(
            0x00240052,
            "CS",
            "1",
            "1C",
            name="Excessive False Negatives",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00240051, 0, "in", ("YES",)),
        ),
    ] = None
    """Excessive False Negatives (0024,0052): Type 1C, VR CS, VM 1. Required if Excessive False Negatives Data Flag (0024,0051) is YES. The false negative estimate is outside of implementation-specific limits. Enumerated Values: YES NO Required if Excessive False Negatives Data Flag (0024,0051) is YES."""

    PositiveCatchTrialsQuantity: Annotated[
        vr.US | None,
        Attribute(
            0x00240056,
            "US",
            "1",
            "1C",
            name="Positive Catch Trials Quantity",
            when=("value", 0x00240055, 0, "in", ("YES",)),
        ),
    ] = None
    """Positive Catch Trials Quantity (0024,0056): Type 1C, VR US, VM 1. Required if Catch Trials Data Flag (0024,0055) is YES. The total number of times the device behaved as if it was going to present a visual stimulus but did not actually present the stimulus (positive catch trials). Required if Catch Trials Data Flag (0024,0055) is YES."""

    FalsePositivesQuantity: Annotated[
        vr.US | None,
        Attribute(
            0x00240060,
            "US",
            "1",
            "1C",
            name="False Positives Quantity",
            when=("value", 0x00240055, 0, "in", ("YES",)),
        ),
    ] = None
    """False Positives Quantity (0024,0060): Type 1C, VR US, VM 1. Required if Catch Trials Data Flag (0024,0055) is YES. The total number of patient responses that occurred at a time when no visual stimulus was present (false positive responses). Required if Catch Trials Data Flag (0024,0055) is YES."""

    FalsePositivesEstimateFlag: Annotated[
        _FalsePositivesEstimateFlagValue,
        Attribute(
            0x00240053,
            "CS",
            "1",
            "1",
            name="False Positives Estimate Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """False Positives Estimate Flag (0024,0053): Type 1, VR CS, VM 1. Whether the device was able to estimate false positives. Enumerated Values: YES NO"""

    FalsePositivesEstimate: Annotated[
        vr.FL | None,
        Attribute(
            0x00240054,
            "FL",
            "1",
            "1C",
            name="False Positives Estimate",
            when=("value", 0x00240053, 0, "in", ("YES",)),
        ),
    ] = None
    """False Positives Estimate (0024,0054): Type 1C, VR FL, VM 1. Required if False Positives Estimate Flag (0024,0053) is YES. Estimated percentage of all patient responses that occurred at a time when no visual stimulus was present (false positive responses), as percent. Required if False Positives Estimate Flag (0024,0053) is YES."""

    ExcessiveFalsePositivesDataFlag: Annotated[
        _ExcessiveFalsePositivesDataFlagValue,
        Attribute(
            0x00240061,
            "CS",
            "1",
            "1",
            name="Excessive False Positives Data Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Excessive False Positives Data Flag (0024,0061): Type 1, VR CS, VM 1. Whether the device was able to determine excessive false positives. Enumerated Values: YES NO"""

    ExcessiveFalsePositives: Annotated[
        _ExcessiveFalsePositivesValue | None,
        Attribute(
            0x00240062,
            "CS",
            "1",
            "1C",
            name="Excessive False Positives",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00240061, 0, "in", ("YES",)),
        ),
    ] = None
    """Excessive False Positives (0024,0062): Type 1C, VR CS, VM 1. Required if Excessive False Positives Data Flag (0024,0061) is YES. The false positive estimate is outside of implementation-specific limit. Enumerated Values: YES NO Required if Excessive False Positives Data Flag (0024,0061) is YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CatchTrialsDataFlag": ("dicomodel.enums.catch_trials_data_flag", "CatchTrialsDataFlag"),
    "ExcessiveFalseNegatives": (
        "dicomodel.enums.excessive_false_negatives",
        "ExcessiveFalseNegatives",
    ),
    "ExcessiveFalseNegativesDataFlag": (
        "dicomodel.enums.excessive_false_negatives_data_flag",
        "ExcessiveFalseNegativesDataFlag",
    ),
    "ExcessiveFalsePositives": (
        "dicomodel.enums.excessive_false_positives",
        "ExcessiveFalsePositives",
    ),
    "ExcessiveFalsePositivesDataFlag": (
        "dicomodel.enums.excessive_false_positives_data_flag",
        "ExcessiveFalsePositivesDataFlag",
    ),
    "FalseNegativesEstimateFlag": (
        "dicomodel.enums.false_negatives_estimate_flag",
        "FalseNegativesEstimateFlag",
    ),
    "FalsePositivesEstimateFlag": (
        "dicomodel.enums.false_positives_estimate_flag",
        "FalsePositivesEstimateFlag",
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
