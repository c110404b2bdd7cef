"""Item class MRTimingAndRelatedParametersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.gradient_output_type import (
        GradientOutputTypeTerm as _GradientOutputTypeTerm,
    )
    from dicomodel.items.operating_mode_sequence_item import (
        OperatingModeSequenceItem as _OperatingModeSequenceItem,
    )
    from dicomodel.items.specific_absorption_rate_sequence_item import (
        SpecificAbsorptionRateSequenceItem as _SpecificAbsorptionRateSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GradientOutputTypeTerm = Lazy("dicomodel.enums.gradient_output_type", "GradientOutputTypeTerm")
    _OperatingModeSequenceItem = Lazy(
        "dicomodel.items.operating_mode_sequence_item", "OperatingModeSequenceItem"
    )
    _SpecificAbsorptionRateSequenceItem = Lazy(
        "dicomodel.items.specific_absorption_rate_sequence_item",
        "SpecificAbsorptionRateSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.gradient_output_type import (
        GradientOutputTypeTerm as GradientOutputTypeTerm,
    )
    from dicomodel.enums.operating_mode import OperatingModeTerm as OperatingModeTerm
    from dicomodel.enums.operating_mode_type import OperatingModeTypeTerm as OperatingModeTypeTerm
    from dicomodel.enums.specific_absorption_rate_definition import (
        SpecificAbsorptionRateDefinitionTerm as SpecificAbsorptionRateDefinitionTerm,
    )
    from dicomodel.items.operating_mode_sequence_item import (
        OperatingModeSequenceItem as OperatingModeSequenceItem,
    )
    from dicomodel.items.specific_absorption_rate_sequence_item import (
        SpecificAbsorptionRateSequenceItem as SpecificAbsorptionRateSequenceItem,
    )

__all__ = [
    "GradientOutputTypeTerm",
    "MRTimingAndRelatedParametersSequenceItem",
    "OperatingModeSequenceItem",
    "OperatingModeTerm",
    "OperatingModeTypeTerm",
    "SpecificAbsorptionRateDefinitionTerm",
    "SpecificAbsorptionRateSequenceItem",
]


class MRTimingAndRelatedParametersSequenceItem(DicomModel):
    """An item of MR Timing and Related Parameters Sequence (0018,9112), as first defined in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    dicom_name: ClassVar[str] = "MR Timing and Related Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.8-89"

    RepetitionTime: Annotated[
        vr.DS | None,
        Attribute(
            0x00180080,
            "DS",
            "1",
            "1C",
            name="Repetition Time",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Repetition Time (0018,0080): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. The time in ms between two successive excitations of the same volume. Shall be 0 (zero) if there is a single excitation per volume. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    FlipAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x00181314,
            "DS",
            "1",
            "1C",
            name="Flip Angle",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Flip Angle (0018,1314): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Steady state angle in degrees to which the magnetic vector is flipped from the magnetic vector of the primary field. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    EchoTrainLength: Annotated[
        vr.IS | None,
        Attribute(
            0x00180091,
            "IS",
            "1",
            "1C",
            name="Echo Train Length",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Echo Train Length (0018,0091): Type 1C, VR IS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Number of lines in k-space acquired per excitation of the same volume regardless of the type of echo or the number of frames derived from them. See Section C.8.13.5.2.1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL."""

    RFEchoTrainLength: Annotated[
        vr.US | None,
        Attribute(
            0x00189240,
            "US",
            "1",
            "1C",
            name="RF Echo Train Length",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """RF Echo Train Length (0018,9240): Type 1C, VR US, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Number of RF echoes collected per RF shot (or excitation) per frame. A value of zero shall correspond to a pure gradient echo frame. Note that this value corresponds to the current frame. Several frames may be derived from the same shot."""

    GradientEchoTrainLength: Annotated[
        vr.US | None,
        Attribute(
            0x00189241,
            "US",
            "1",
            "1C",
            name="Gradient Echo Train Length",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Gradient Echo Train Length (0018,9241): Type 1C, VR US, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Number of gradient echoes collected per RF echo per shot (or excitation) per frame. A value of zero shall correspond to a pure RF echo frame."""

    SpecificAbsorptionRateSequence: Annotated[
        list[_SpecificAbsorptionRateSequenceItem] | None,
        Attribute(
            0x00189239,
            "SQ",
            "1",
            "1C",
            name="Specific Absorption Rate Sequence",
            when=("unknown", "depends on the capabilities of the equipment"),
        ),
    ] = None
    """Specific Absorption Rate Sequence (0018,9239): Type 1C, VR SQ, VM 1. Required if the system is capable of calculating Specific Absorption Rate (0018,9181). Sequence containing the methods of SAR calculation and the corresponding values. One or more Items shall be included in this Sequence. Required if the system is capable of calculating Specific Absorption Rate (0018,9181)."""

    GradientOutputType: Annotated[
        _GradientOutputTypeTerm | vr.CS | None,
        Attribute(
            0x00189180,
            "CS",
            "1",
            "1C",
            name="Gradient Output Type",
            when=("unknown", "depends on the capabilities of the equipment"),
        ),
    ] = None
    """Gradient Output Type (0018,9180): Type 1C, VR CS, VM 1. Required if the system is capable of calculating Gradient Output (0018,9182). Definition of gradient output unit, for which the value is stored in Gradient Output (0018,9182). Defined Terms: DB_DT in T/s ELECTRIC_FIELD in V/m PER_NERVE_STIM percentage of peripheral nerve stimulation Required if the system is capable..."""

    GradientOutput: Annotated[
        vr.FD | None,
        Attribute(
            0x00189182,
            "FD",
            "1",
            "1C",
            name="Gradient Output",
            when=("unknown", "depends on the capabilities of the equipment"),
        ),
    ] = None
    """Gradient Output (0018,9182): Type 1C, VR FD, VM 1. Required if the system is capable of calculating Gradient Output (0018,9182). Unit is defined by Gradient Output Type (0018,9180). Required if the system is capable of calculating Gradient Output (0018,9182)."""

    OperatingModeSequence: Annotated[
        list[_OperatingModeSequenceItem] | None,
        Attribute(
            0x00189176,
            "SQ",
            "1",
            "1C",
            name="Operating Mode Sequence",
            when=("unknown", "names no attribute: required by law or regulations"),
            otherwise="may",
        ),
    ] = None
    """Operating Mode Sequence (0018,9176): Type 1C, VR SQ, VM 1. Required if required by law or regulations. May be present otherwise. Sequence of operating mode information relating to the Frame/SOP Instance as required to adhere to the Applicable Safety Standard Agency (0018,9174) regulations. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GradientOutputTypeTerm": ("dicomodel.enums.gradient_output_type", "GradientOutputTypeTerm"),
    "OperatingModeSequenceItem": (
        "dicomodel.items.operating_mode_sequence_item",
        "OperatingModeSequenceItem",
    ),
    "OperatingModeTerm": ("dicomodel.enums.operating_mode", "OperatingModeTerm"),
    "OperatingModeTypeTerm": ("dicomodel.enums.operating_mode_type", "OperatingModeTypeTerm"),
    "SpecificAbsorptionRateDefinitionTerm": (
        "dicomodel.enums.specific_absorption_rate_definition",
        "SpecificAbsorptionRateDefinitionTerm",
    ),
    "SpecificAbsorptionRateSequenceItem": (
        "dicomodel.items.specific_absorption_rate_sequence_item",
        "SpecificAbsorptionRateSequenceItem",
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
