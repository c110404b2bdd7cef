"""Breast View Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.breast_implant_present import (
        BreastImplantPresentValue as _BreastImplantPresentValue,
    )
    from dicomodel.enums.partial_view import PartialViewValue as _PartialViewValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.view_code_sequence_item_mammography_image import (
        ViewCodeSequenceItemMammographyImage as _ViewCodeSequenceItemMammographyImage,
    )
else:
    from dicomodel.lazy import Lazy

    _BreastImplantPresentValue = Lazy(
        "dicomodel.enums.breast_implant_present", "BreastImplantPresentValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PartialViewValue = Lazy("dicomodel.enums.partial_view", "PartialViewValue")
    _ViewCodeSequenceItemMammographyImage = Lazy(
        "dicomodel.items.view_code_sequence_item_mammography_image",
        "ViewCodeSequenceItemMammographyImage",
    )

if TYPE_CHECKING:
    from dicomodel.enums.breast_implant_present import BreastImplantPresent as BreastImplantPresent
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.partial_view import PartialView as PartialView
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PartialViewCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item_mammography_image import (
        ViewCodeSequenceItemMammographyImage as ViewCodeSequenceItem,
    )

__all__ = [
    "BreastImplantPresent",
    "BreastViewModule",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PartialView",
    "PartialViewCodeSequenceItem",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class BreastViewModule(DicomModel):
    """Breast View Module Attributes (PS3.3 Table C.8.21.6-1)."""

    dicom_name: ClassVar[str] = "Breast View"
    dicom_table: ClassVar[str] = "table_C.8.21.6-1"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED", "MIXED")), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.21.6.1.1 for specialization."""

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItemMammographyImage],
        Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
    ]
    """View Code Sequence (0054,0220): Type 1, VR SQ, VM 1. Sequence that describes the view of the patient anatomy in this image. Only a single Item shall be included in this Sequence."""

    BreastImplantPresent: Annotated[
        _BreastImplantPresentValue | None,
        Attribute(
            0x00281300,
            "CS",
            "1",
            "1C",
            name="Breast Implant Present",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00080060, 0, "in", ("MG",)),
            otherwise="may",
        ),
    ] = None
    """Breast Implant Present (0028,1300): Type 1C, VR CS, VM 1. Required if Modality (0008,0060) is MG. May be present otherwise. Whether or not the imaged breast contains a breast implant regardless of the visibility of a breast implant in the Pixel Data. Enumerated Values: YES NO Required if Modality (0008,0060) is MG. May be present otherwise."""

    PartialView: Annotated[
        _PartialViewValue | None,
        Attribute(
            0x00281350, "CS", "1", "3", name="Partial View", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Partial View (0028,1350): Type 3, VR CS, VM 1. Indicates whether this image is a partial view, that is a subset of a single view of the breast. Enumerated Values: YES NO If this Attribute is absent, then the image may or may not be a partial view."""

    PartialViewCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00281352,
            "SQ",
            "1",
            "1C",
            name="Partial View Code Sequence",
            when=("and", ("present", 0x00281350), ("value", 0x00281350, 0, "in", ("YES",))),
        ),
    ] = None
    """Partial View Code Sequence (0028,1352): Type 1C, VR SQ, VM 1. Required if Partial View (0028,1350) is present with a value of YES. Sequence that describes the portion or section of the breast captured in a partial view image. One or two Items shall be included in this Sequence. See Section C.8.11.7.1.3."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BreastImplantPresent": ("dicomodel.enums.breast_implant_present", "BreastImplantPresent"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PartialView": ("dicomodel.enums.partial_view", "PartialView"),
    "PartialViewCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ViewCodeSequenceItem": (
        "dicomodel.items.view_code_sequence_item_mammography_image",
        "ViewCodeSequenceItemMammographyImage",
    ),
    "ViewModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
