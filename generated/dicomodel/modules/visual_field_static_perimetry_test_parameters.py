"""Visual Field Static Perimetry Test Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.visual_field_shape import VisualFieldShapeTerm as _VisualFieldShapeTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _VisualFieldShapeTerm = Lazy("dicomodel.enums.visual_field_shape", "VisualFieldShapeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.visual_field_shape import VisualFieldShapeTerm as VisualFieldShapeTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as BackgroundIlluminationColorCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScreeningTestModeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StimulusColorCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "BackgroundIlluminationColorCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ScreeningTestModeCodeSequenceItem",
    "StimulusColorCodeSequenceItem",
    "VisualFieldShapeTerm",
    "VisualFieldStaticPerimetryTestParametersModule",
]


class VisualFieldStaticPerimetryTestParametersModule(DicomModel):
    """Visual Field Static Perimetry Test Parameters Module Attributes (PS3.3 Table C.8.26.2-1)."""

    dicom_name: ClassVar[str] = "Visual Field Static Perimetry Test Parameters"
    dicom_table: ClassVar[str] = "table_C.8.26.2-1"

    VisualFieldHorizontalExtent: Annotated[
        vr.FL, Attribute(0x00240010, "FL", "1", "1", name="Visual Field Horizontal Extent")
    ]
    """Visual Field Horizontal Extent (0024,0010): Type 1, VR FL, VM 1. The maximum horizontal angular subtend (diameter or width) of the tested visual field, in degrees."""

    VisualFieldVerticalExtent: Annotated[
        vr.FL, Attribute(0x00240011, "FL", "1", "1", name="Visual Field Vertical Extent")
    ]
    """Visual Field Vertical Extent (0024,0011): Type 1, VR FL, VM 1. The maximum vertical angular subtend (diameter or height) of the tested visual field, in degrees."""

    VisualFieldShape: Annotated[
        _VisualFieldShapeTerm | vr.CS,
        Attribute(0x00240012, "CS", "1", "1", name="Visual Field Shape"),
    ]
    """Visual Field Shape (0024,0012): Type 1, VR CS, VM 1. The shape of the visual field tested. Defined Terms: RECTANGLE CIRCLE ELLIPSE"""

    ScreeningTestModeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00240016,
            "SQ",
            "1",
            "1C",
            name="Screening Test Mode Code Sequence",
            when=("code", (0x00400260, 0x00400441), (("360156006", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Screening Test Mode Code Sequence (0024,0016): Type 1C, VR SQ, VM 1. Required if Content Item Modifier Sequence (0040,0441) within Performed Protocol Code Sequence (0040,0260) contains an Item with the value (360156006, SCT, \"Screening\"). May be present otherwise. Mode used to determine how the starting luminance values and expected thresholds are chosen. Only a single Item shall be included in this Sequence."""

    MaximumStimulusLuminance: Annotated[
        vr.FL, Attribute(0x00240018, "FL", "1", "1", name="Maximum Stimulus Luminance")
    ]
    """Maximum Stimulus Luminance (0024,0018): Type 1, VR FL, VM 1. Maximum luminance of stimulus, in candelas per square meter (cd/m²)."""

    BackgroundLuminance: Annotated[
        vr.FL, Attribute(0x00240020, "FL", "1", "1", name="Background Luminance")
    ]
    """Background Luminance (0024,0020): Type 1, VR FL, VM 1. Background luminance of the device, in candelas per square meter (cd/m²). This value is easily convertible to apostilb, which is used only in perimetry and is not a standardized unit."""

    StimulusColorCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00240021, "SQ", "1", "1", name="Stimulus Color Code Sequence"),
    ]
    """Stimulus Color Code Sequence (0024,0021): Type 1, VR SQ, VM 1. Color of light stimulus presented to the patient. Only a single Item shall be included in this Sequence."""

    BackgroundIlluminationColorCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00240024, "SQ", "1", "1", name="Background Illumination Color Code Sequence"),
    ]
    """Background Illumination Color Code Sequence (0024,0024): Type 1, VR SQ, VM 1. Color of the background illumination of the visual field device. Only a single Item shall be included in this Sequence."""

    StimulusArea: Annotated[vr.FL, Attribute(0x00240025, "FL", "1", "1", name="Stimulus Area")]
    """Stimulus Area (0024,0025): Type 1, VR FL, VM 1. Area of light stimulus presented to the patient, in degrees squared."""

    StimulusPresentationTime: Annotated[
        vr.FL, Attribute(0x00240028, "FL", "1", "1", name="Stimulus Presentation Time")
    ]
    """Stimulus Presentation Time (0024,0028): Type 1, VR FL, VM 1. The duration of time that a light stimulus is presented to a patient per each individual test point, in milliseconds. This time is the same for each stimulus presentation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BackgroundIlluminationColorCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ScreeningTestModeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StimulusColorCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "VisualFieldShapeTerm": ("dicomodel.enums.visual_field_shape", "VisualFieldShapeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
