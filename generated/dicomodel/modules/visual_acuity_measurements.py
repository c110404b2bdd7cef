"""Visual Acuity Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.background_color import BackgroundColorTerm as _BackgroundColorTerm
    from dicomodel.enums.optotype import OptotypeTerm as _OptotypeTerm
    from dicomodel.enums.optotype_presentation import (
        OptotypePresentationValue as _OptotypePresentationValue,
    )
    from dicomodel.enums.viewing_distance_type import (
        ViewingDistanceTypeValue as _ViewingDistanceTypeValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as _VisualAcuityMeasurementsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BackgroundColorTerm = Lazy("dicomodel.enums.background_color", "BackgroundColorTerm")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _OptotypePresentationValue = Lazy(
        "dicomodel.enums.optotype_presentation", "OptotypePresentationValue"
    )
    _OptotypeTerm = Lazy("dicomodel.enums.optotype", "OptotypeTerm")
    _ViewingDistanceTypeValue = Lazy(
        "dicomodel.enums.viewing_distance_type", "ViewingDistanceTypeValue"
    )
    _VisualAcuityMeasurementsItem = Lazy(
        "dicomodel.items.visual_acuity_measurements_item", "VisualAcuityMeasurementsItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.background_color import BackgroundColorTerm as BackgroundColorTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.optotype import OptotypeTerm as OptotypeTerm
    from dicomodel.enums.optotype_presentation import OptotypePresentation as OptotypePresentation
    from dicomodel.enums.viewing_distance_type import ViewingDistanceType as ViewingDistanceType
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VisualAcuityTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityBothEyesOpenSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityLeftEyeSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityRightEyeSequenceItem,
    )

__all__ = [
    "BackgroundColorTerm",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OptotypePresentation",
    "OptotypeTerm",
    "ViewingDistanceType",
    "VisualAcuityBothEyesOpenSequenceItem",
    "VisualAcuityLeftEyeSequenceItem",
    "VisualAcuityMeasurementsModule",
    "VisualAcuityRightEyeSequenceItem",
    "VisualAcuityTypeCodeSequenceItem",
]


class VisualAcuityMeasurementsModule(DicomModel):
    """Visual Acuity Measurements Module Attributes (PS3.3 Table C.8.25.12-1)."""

    dicom_name: ClassVar[str] = "Visual Acuity Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.12-1"

    ViewingDistanceType: Annotated[
        _ViewingDistanceTypeValue,
        Attribute(
            0x00460125,
            "CS",
            "1",
            "1",
            name="Viewing Distance Type",
            enumerated=((0, ("DISTANCE", "NEAR", "INTERMEDIATE", "OTHER")),),
        ),
    ]
    """Viewing Distance Type (0046,0125): Type 1, VR CS, VM 1. The viewing distance conditions under which a patient's vision was measured. Enumerated Values: DISTANCE NEAR INTERMEDIATE OTHER"""

    VisualAcuityTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00460121, "SQ", "1", "1", name="Visual Acuity Type Code Sequence"),
    ]
    """Visual Acuity Type Code Sequence (0046,0121): Type 1, VR SQ, VM 1. A Sequence that specifies the conditions under which a patient's vision was measured. Only a single Item shall be included in this Sequence."""

    BackgroundColor: Annotated[
        _BackgroundColorTerm | vr.CS, Attribute(0x00460092, "CS", "1", "1", name="Background Color")
    ]
    """Background Color (0046,0092): Type 1, VR CS, VM 1. The color of the background upon which optotypes are displayed for measurements of visual acuity. Defined Terms: RED GREEN WHITE REDGREENSPLIT"""

    Optotype: Annotated[
        _OptotypeTerm | vr.CS, Attribute(0x00460094, "CS", "1", "1", name="Optotype")
    ]
    """Optotype (0046,0094): Type 1, VR CS, VM 1. The standardized test type (standard object of regard) used in measurements of visual acuity. Defined Terms: LETTERS NUMBERS PICTURES TUMBLING E LANDOLT C"""

    OptotypeDetailedDefinition: Annotated[
        vr.LO | None,
        Attribute(
            0x00460139,
            "LO",
            "1",
            "1C",
            name="Optotype Detailed Definition",
            when=("value", 0x00460094, 0, "in", ("LETTERS", "NUMBERS", "PICTURES")),
        ),
    ] = None
    """Optotype Detailed Definition (0046,0139): Type 1C, VR LO, VM 1. Required if the Optotype (0046,0094) Attribute value is LETTERS or NUMBERS or PICTURES. Required if the Optotype (0046,0094) Attribute value is LETTERS or NUMBERS or PICTURES. Provides additional information to define what optotype was used. Letters, numbers, and pictures are commonly used but poorly standardized."""

    OptotypePresentation: Annotated[
        _OptotypePresentationValue,
        Attribute(
            0x00460095,
            "CS",
            "1",
            "1",
            name="Optotype Presentation",
            enumerated=((0, ("SINGLE", "MULTIPLE")),),
        ),
    ]
    """Optotype Presentation (0046,0095): Type 1, VR CS, VM 1. Specifies whether single or multiple optotypes were presented. Enumerated Values: SINGLE MULTIPLE"""

    VisualAcuityRightEyeSequence: Annotated[
        list[_VisualAcuityMeasurementsItem] | None,
        Attribute(
            0x00460122,
            "SQ",
            "1",
            "1C",
            name="Visual Acuity Right Eye Sequence",
            when=("unknown", "names no attribute: the right eye is measured"),
        ),
    ] = None
    """Visual Acuity Right Eye Sequence (0046,0122): Type 1C, VR SQ, VM 1. Required if the right eye is measured. A Sequence that specifies the subjective measurement of a patient's visual acuity for the right eye. Only a single Item shall be included in this Sequence. Required if the right eye is measured."""

    VisualAcuityLeftEyeSequence: Annotated[
        list[_VisualAcuityMeasurementsItem] | None,
        Attribute(
            0x00460123,
            "SQ",
            "1",
            "1C",
            name="Visual Acuity Left Eye Sequence",
            when=("unknown", "names no attribute: the left eye is measured"),
        ),
    ] = None
    """Visual Acuity Left Eye Sequence (0046,0123): Type 1C, VR SQ, VM 1. Required if the left eye is measured. A Sequence that specifies the subjective measurements of a patient's visual acuity for the left eye. Only a single Item shall be included in this Sequence. Required if the left eye is measured."""

    VisualAcuityBothEyesOpenSequence: Annotated[
        list[_VisualAcuityMeasurementsItem] | None,
        Attribute(0x00460124, "SQ", "1", "3", name="Visual Acuity Both Eyes Open Sequence"),
    ] = None
    """Visual Acuity Both Eyes Open Sequence (0046,0124): Type 3, VR SQ, VM 1. A Sequence that specifies a patient's subjective visual acuity measurements with both eyes open. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BackgroundColorTerm": ("dicomodel.enums.background_color", "BackgroundColorTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OptotypePresentation": ("dicomodel.enums.optotype_presentation", "OptotypePresentation"),
    "OptotypeTerm": ("dicomodel.enums.optotype", "OptotypeTerm"),
    "ViewingDistanceType": ("dicomodel.enums.viewing_distance_type", "ViewingDistanceType"),
    "VisualAcuityBothEyesOpenSequenceItem": (
        "dicomodel.items.visual_acuity_measurements_item",
        "VisualAcuityMeasurementsItem",
    ),
    "VisualAcuityLeftEyeSequenceItem": (
        "dicomodel.items.visual_acuity_measurements_item",
        "VisualAcuityMeasurementsItem",
    ),
    "VisualAcuityRightEyeSequenceItem": (
        "dicomodel.items.visual_acuity_measurements_item",
        "VisualAcuityMeasurementsItem",
    ),
    "VisualAcuityTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
