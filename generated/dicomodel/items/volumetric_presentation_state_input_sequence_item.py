"""Item class VolumetricPresentationStateInputSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.crop import CropValue as _CropValue
    from dicomodel.enums.rendering_method import RenderingMethodValue as _RenderingMethodValue
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as _VOILUTFunctionTerm
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as _VOILUTSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CropValue = Lazy("dicomodel.enums.crop", "CropValue")
    _RenderingMethodValue = Lazy("dicomodel.enums.rendering_method", "RenderingMethodValue")
    _VOILUTFunctionTerm = Lazy("dicomodel.enums.voilut_function", "VOILUTFunctionTerm")
    _VOILUTSequenceItem = Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.crop import Crop as Crop
    from dicomodel.enums.rendering_method import RenderingMethod as RenderingMethod
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "Crop",
    "RenderingMethod",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
    "VolumetricPresentationStateInputSequenceItem",
]


class VolumetricPresentationStateInputSequenceItem(DicomModel):
    """An item of Volumetric Presentation State Input Sequence (0070,1201), as first defined in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    dicom_name: ClassVar[str] = "Volumetric Presentation State Input Sequence"
    dicom_table: ClassVar[str] = "table_C.11.23-1"

    VolumetricPresentationInputNumber: Annotated[
        vr.US, Attribute(0x00701207, "US", "1", "1", name="Volumetric Presentation Input Number")
    ]
    """Volumetric Presentation Input Number (0070,1207): Type 1, VR US, VM 1. Identification number of the input. Values shall be ordinal numbers starting from 1 and monotonically increasing by 1 within the Volumetric Presentation State Instance."""

    VolumetricPresentationInputSetUID: Annotated[
        vr.UI, Attribute(0x00701209, "UI", "1", "1", name="Volumetric Presentation Input Set UID")
    ]
    """Volumetric Presentation Input Set UID (0070,1209): Type 1, VR UI, VM 1. Unique identifier of this input in Volumetric Presentation Input Set Sequence (0070,120A). The UID may be shared among multiple Volumetric Presentation State Input Sequence (0070,1201) Items. See Section C.11.23.4."""

    InputSequencePositionIndex: Annotated[
        vr.US | None,
        Attribute(
            0x00701203,
            "US",
            "1",
            "1C",
            name="Input Sequence Position Index",
            when=("and", ("present", 0x00701A01), ("value", 0x00701A01, 0, "in", ("INPUT_SEQ",))),
        ),
    ] = None
    """Input Sequence Position Index (0070,1203): Type 1C, VR US, VM 1. Required if Presentation Animation Style (0070,1A01) is present with a value of INPUT_SEQ. Position of this input data within a set of sequential inputs. Multiple inputs may share the same value. For example, CT and PET inputs."""

    VOILUTSequence: Annotated[
        list[_VOILUTSequenceItem] | None,
        Attribute(
            0x00283010,
            "SQ",
            "1",
            "1C",
            name="VOI LUT Sequence",
            when=("not", ("present", 0x00281050)),
            otherwise="may",
        ),
    ] = None
    """VOI LUT Sequence (0028,3010): Type 1C, VR SQ, VM 1. Required if Window Center (0028,1050) is not present. May be present otherwise. Defines a Sequence of VOI LUTs. One or more Items shall be included in this Sequence. Required if Window Center (0028,1050) is not present. May be present otherwise."""

    WindowCenter: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00281050,
            "DS",
            "1-n",
            "1C",
            name="Window Center",
            when=("not", ("present", 0x00283010)),
            otherwise="may",
        ),
    ] = None
    """Window Center (0028,1050): Type 1C, VR DS, VM 1-n. Required if VOI LUT Sequence (0028,3010) is not present. May be present otherwise. Window Center for display. See Section C.11.2.1.2 for further explanation. Required if VOI LUT Sequence (0028,3010) is not present. May be present otherwise."""

    WindowWidth: Annotated[
        list[vr.DS] | None,
        Attribute(0x00281051, "DS", "1-n", "1C", name="Window Width", when=("present", 0x00281050)),
    ] = None
    """Window Width (0028,1051): Type 1C, VR DS, VM 1-n. Required if Window Center (0028,1050) is present. Window Width for display. See Section C.11.2.1.2 for further explanation. Required if Window Center (0028,1050) is present."""

    WindowCenterWidthExplanation: Annotated[
        list[vr.LO] | None,
        Attribute(0x00281055, "LO", "1-n", "3", name="Window Center & Width Explanation"),
    ] = None
    """Window Center & Width Explanation (0028,1055): Type 3, VR LO, VM 1-n. Free form explanation of the meaning of the Window Center and Width. Multiple values correspond to multiple Window Center and Width values."""

    VOILUTFunction: Annotated[
        _VOILUTFunctionTerm | vr.CS | None,
        Attribute(0x00281056, "CS", "1", "3", name="VOI LUT Function"),
    ] = None
    """VOI LUT Function (0028,1056): Type 3, VR CS, VM 1. Describes a VOI LUT function to apply to the values of Window Center (0028,1050) and Window Width (0028,1051). See Section C.11.2.1.3 for further explanation."""

    Crop: Annotated[
        _CropValue,
        Attribute(0x00701204, "CS", "1", "1", name="Crop", enumerated=((0, ("YES", "NO")),)),
    ]
    """Crop (0070,1204): Type 1, VR CS, VM 1. Specifies whether to apply per-input cropping to this input. Enumerated Values: YES NO See Section C.11.23.5."""

    CroppingSpecificationIndex: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00701205,
            "US",
            "1-n",
            "1C",
            name="Cropping Specification Index",
            when=("value", 0x00701204, 0, "in", ("YES",)),
        ),
    ] = None
    """Cropping Specification Index (0070,1205): Type 1C, VR US, VM 1-n. Required if Crop (0070,1204) has a value of YES. Values of Cropping Specification Number (0070,1309) of the Item in the Volume Cropping Sequence (0070,1301) specifying the cropping methods to be applied to this input. Required if Crop (0070,1204) has a value of YES."""

    RenderingMethod: Annotated[
        _RenderingMethodValue | None,
        Attribute(
            0x0070120D,
            "CS",
            "1",
            "1C",
            name="Rendering Method",
            enumerated=((0, ("AVERAGE_IP", "MAXIMUM_IP", "MINIMUM_IP")),),
            when=("and", ("present", 0x00701502), ("value", 0x00701502, 0, "in", ("SLAB",))),
        ),
    ] = None
    """Rendering Method (0070,120D): Type 1C, VR CS, VM 1. Required if MPR Thickness Type (0070,1502) is present with a value of SLAB. The rendering method for this input. Enumerated Values: AVERAGE_IP A method that projects the mean intensity of all interpolated samples that fall in the path of each ray traced from the viewpoint to the plane of projection."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Crop": ("dicomodel.enums.crop", "Crop"),
    "RenderingMethod": ("dicomodel.enums.rendering_method", "RenderingMethod"),
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
