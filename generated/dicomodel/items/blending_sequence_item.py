"""Item class BlendingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.blending_position import BlendingPositionValue as _BlendingPositionValue
    from dicomodel.enums.rescale_type import RescaleTypeTerm as _RescaleTypeTerm
    from dicomodel.items.modality_lut_sequence_item_presentation_state_blending import (
        ModalityLUTSequenceItemPresentationStateBlending as _ModalityLUTSequenceItemPresentationStateBlending,
    )
    from dicomodel.items.referenced_series_sequence_item_presentation_state_relationship import (
        ReferencedSeriesSequenceItemPresentationStateRelationship as _ReferencedSeriesSequenceItemPresentationStateRelationship,
    )
    from dicomodel.items.softcopy_voilut_sequence_item import (
        SoftcopyVOILUTSequenceItem as _SoftcopyVOILUTSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlendingPositionValue = Lazy("dicomodel.enums.blending_position", "BlendingPositionValue")
    _ModalityLUTSequenceItemPresentationStateBlending = Lazy(
        "dicomodel.items.modality_lut_sequence_item_presentation_state_blending",
        "ModalityLUTSequenceItemPresentationStateBlending",
    )
    _ReferencedSeriesSequenceItemPresentationStateRelationship = Lazy(
        "dicomodel.items.referenced_series_sequence_item_presentation_state_relationship",
        "ReferencedSeriesSequenceItemPresentationStateRelationship",
    )
    _RescaleTypeTerm = Lazy("dicomodel.enums.rescale_type", "RescaleTypeTerm")
    _SoftcopyVOILUTSequenceItem = Lazy(
        "dicomodel.items.softcopy_voilut_sequence_item", "SoftcopyVOILUTSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.blending_position import BlendingPosition as BlendingPosition
    from dicomodel.enums.rescale_type import RescaleTypeTerm as RescaleTypeTerm
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.modality_lut_sequence_item_presentation_state_blending import (
        ModalityLUTSequenceItemPresentationStateBlending as ModalityLUTSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_presentation_state_relationship import (
        ReferencedSeriesSequenceItemPresentationStateRelationship as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.softcopy_voilut_sequence_item import (
        SoftcopyVOILUTSequenceItem as SoftcopyVOILUTSequenceItem,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "BlendingPosition",
    "BlendingSequenceItem",
    "ModalityLUTSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSeriesSequenceItem",
    "RescaleTypeTerm",
    "SoftcopyVOILUTSequenceItem",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class BlendingSequenceItem(DicomModel):
    """An item of Blending Sequence (0070,0402), as first defined in Presentation State Blending Module Attributes (C.11.14-1)."""

    dicom_name: ClassVar[str] = "Blending Sequence"
    dicom_table: ClassVar[str] = "table_C.11.14-1"

    BlendingPosition: Annotated[
        _BlendingPositionValue,
        Attribute(
            0x00700405,
            "CS",
            "1",
            "1",
            name="Blending Position",
            enumerated=((0, ("SUPERIMPOSED", "UNDERLYING")),),
        ),
    ]
    """Blending Position (0070,0405): Type 1, VR CS, VM 1. Whether or not the contents of the Item represent the superimposed or underlying image set. Enumerated Values: SUPERIMPOSED UNDERLYING"""

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the Study that contains the images, which may differ from the Study in which the presentation state is contained."""

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItemPresentationStateRelationship],
        Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
    ]
    """Referenced Series Sequence (0008,1115): Type 1, VR SQ, VM 1. Sequence of Items where each Item includes the Attributes of one Series to which the Presentation State applies. One or more Items shall be included in this Sequence."""

    ModalityLUTSequence: Annotated[
        list[_ModalityLUTSequenceItemPresentationStateBlending] | None,
        Attribute(
            0x00283000,
            "SQ",
            "1",
            "1C",
            name="Modality LUT Sequence",
            when=(
                "and",
                ("unknown", "depends on what the presentation is to apply"),
                ("unknown", "condition not read"),
            ),
            forbid=("present", 0x00281052),
        ),
    ] = None
    """Modality LUT Sequence (0028,3000): Type 1C, VR SQ, VM 1. Shall not be present if Rescale Intercept (0028,1052) is present. Defines a Sequence of Modality LUTs. Only a single Item shall be included in this Sequence. Shall not be present if Rescale Intercept (0028,1052) is present."""

    RescaleIntercept: Annotated[
        vr.DS | None,
        Attribute(
            0x00281052,
            "DS",
            "1",
            "1C",
            name="Rescale Intercept",
            when=(
                "and",
                ("unknown", "depends on what the presentation is to apply"),
                ("not", ("present", 0x00283000)),
            ),
            otherwise="shall_not",
        ),
    ] = None
    """Rescale Intercept (0028,1052): Type 1C, VR DS, VM 1. Required if Modality LUT Sequence (0028,3000) is not present. Shall not be present otherwise. The value b in relationship between stored values (SV) and the output units specified in Rescale Type (0028,1054). Output units = m*SV + b. Required if Modality LUT Sequence (0028,3000) is not present. Shall not be present otherwise."""

    RescaleSlope: Annotated[
        vr.DS | None,
        Attribute(
            0x00281053,
            "DS",
            "1",
            "1C",
            name="Rescale Slope",
            when=(
                "and",
                ("unknown", "depends on what the presentation is to apply"),
                ("present", 0x00281052),
            ),
        ),
    ] = None
    """Rescale Slope (0028,1053): Type 1C, VR DS, VM 1. Required if Rescale Intercept is present. m in the equation specified by Rescale Intercept (0028,1052). Required if Rescale Intercept is present."""

    RescaleType: Annotated[
        _RescaleTypeTerm | vr.LO | None,
        Attribute(
            0x00281054,
            "LO",
            "1",
            "1C",
            name="Rescale Type",
            when=(
                "and",
                ("unknown", "depends on what the presentation is to apply"),
                ("present", 0x00281052),
            ),
        ),
    ] = None
    """Rescale Type (0028,1054): Type 1C, VR LO, VM 1. Required if Rescale Intercept is present. Specifies the output units of Rescale Slope (0028,1053) and Rescale Intercept (0028,1052). See Section C.11.1.1.2 for further explanation. Required if Rescale Intercept is present."""

    SoftcopyVOILUTSequence: Annotated[
        list[_SoftcopyVOILUTSequenceItem] | None,
        Attribute(
            0x00283110,
            "SQ",
            "1",
            "1C",
            name="Softcopy VOI LUT Sequence",
            when=("unknown", "depends on what the presentation is to apply"),
        ),
    ] = None
    """Softcopy VOI LUT Sequence (0028,3110): Type 1C, VR SQ, VM 1. Required if a VOI LUT is to be applied to referenced image(s). Defines a Sequence of VOI LUTs or Window Centers and Widths and to which images and frames they apply. No more than one VOI LUT Sequence containing a single Item or one pair of Window Center/Width values shall be specified for each image or..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlendingPosition": ("dicomodel.enums.blending_position", "BlendingPosition"),
    "ModalityLUTSequenceItem": (
        "dicomodel.items.modality_lut_sequence_item_presentation_state_blending",
        "ModalityLUTSequenceItemPresentationStateBlending",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_presentation_state_relationship",
        "ReferencedSeriesSequenceItemPresentationStateRelationship",
    ),
    "RescaleTypeTerm": ("dicomodel.enums.rescale_type", "RescaleTypeTerm"),
    "SoftcopyVOILUTSequenceItem": (
        "dicomodel.items.softcopy_voilut_sequence_item",
        "SoftcopyVOILUTSequenceItem",
    ),
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
    "VOILUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
