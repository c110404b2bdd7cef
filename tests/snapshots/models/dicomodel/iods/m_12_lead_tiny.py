"""12-Lead Tiny IOD.

Generated from DICOM 2099a; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel, FunctionalGroupUsage, ModuleUsage

if TYPE_CHECKING:
    from dicomodel.enums.confocal_mode import ConfocalModeValue as _ConfocalModeValue
    from dicomodel.enums.modality import ModalityTerm as _ModalityTerm
    from dicomodel.items.pixel_measures_sequence_item import (
        PixelMeasuresSequenceItem as _PixelMeasuresSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as _ReferencedImageSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ConfocalModeValue = Lazy("dicomodel.enums.confocal_mode", "ConfocalModeValue")
    _ModalityTerm = Lazy("dicomodel.enums.modality", "ModalityTerm")
    _PixelMeasuresSequenceItem = Lazy(
        "dicomodel.items.pixel_measures_sequence_item", "PixelMeasuresSequenceItem"
    )
    _ReferencedImageSequenceItem = Lazy(
        "dicomodel.items.referenced_image_sequence_item", "ReferencedImageSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.confocal_mode import ConfocalMode as ConfocalMode
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm
    from dicomodel.items.pixel_measures_sequence_item import (
        PixelMeasuresSequenceItem as PixelMeasuresSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConfocalMode",
    "ModalityTerm",
    "PixelMeasuresSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "TwelveLeadTiny",
    "TwelveLeadTinyFunctionalGroupsItem",
]


class TwelveLeadTinyFunctionalGroupsItem(DicomModel):
    """An item of the Shared or Per-Frame Functional Groups Sequence of the 12-Lead Tiny IOD (PS3.3 Table table_A-2)."""

    dicom_name: ClassVar[str] = "Functional Groups"
    dicom_table: ClassVar[str] = "table_A-2"

    PixelMeasuresSequence: Annotated[
        list[_PixelMeasuresSequenceItem] | None,
        Attribute(0x00289110, "SQ", "1", "1", name="PixelMeasuresSequence"),
    ] = None
    """PixelMeasuresSequence (0028,9110): Type 1, VR SQ, VM 1."""


class TwelveLeadTiny(DicomModel):
    """12-Lead Tiny IOD (PS3.3 Table A-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str] = "12-Lead Tiny"
    dicom_table: ClassVar[str] = "table_A-1"
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = (
        ModuleUsage("Tiny Patient", "dicomodel.modules.tiny_patient:TinyPatientModule", "U"),
        ModuleUsage("Tiny Image", "dicomodel.modules.tiny_image:TinyImageModule", "M"),
    )
    dicom_functional_groups: ClassVar[tuple[FunctionalGroupUsage, ...]] = (
        FunctionalGroupUsage(
            "Pixel Measures", "dicomodel.macros.pixel_measures:PixelMeasuresMacro", "M"
        ),
    )

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", "2", name="PatientName")
    ] = None
    """PatientName (0010,0010): Type 2, VR PN, VM 1."""

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="ImageType",
            enumerated=((1, ("ORIGINAL", "DERIVED")),),
        ),
    ]
    """ImageType (0008,0008): Type 1, VR CS, VM 2-n."""

    ConfocalMode: Annotated[
        _ConfocalModeValue,
        Attribute(
            0x00480114,
            "CS",
            "1",
            "1",
            name="ConfocalMode",
            enumerated=((0, ("REFLECTANCE", "FLUORESCENCE")),),
        ),
    ]
    """ConfocalMode (0048,0114): Type 1, VR CS, VM 1."""

    Modality: Annotated[
        _ModalityTerm | vr.CS | None, Attribute(0x00080060, "CS", "1", "3", name="Modality")
    ] = None
    """Modality (0008,0060): Type 3, VR CS, VM 1."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItem] | None,
        Attribute(0x00081140, "SQ", "1", "3", name="ReferencedImageSequence"),
    ] = None
    """ReferencedImageSequence (0008,1140): Type 3, VR SQ, VM 1."""

    ReferencedSOPSequence: Annotated[
        list[_ReferencedImageSequenceItem] | None,
        Attribute(0x00081199, "SQ", "1", "1C", name="ReferencedSOPSequence"),
    ] = None
    """ReferencedSOPSequence (0008,1199): Type 1C, VR SQ, VM 1. Required if there is one."""

    SharedFunctionalGroupsSequence: Annotated[
        list[TwelveLeadTinyFunctionalGroupsItem],
        Attribute(0x52009229, "SQ", "1", "1", name="SharedFunctionalGroupsSequence"),
    ]
    """SharedFunctionalGroupsSequence (5200,9229): Type 1, VR SQ, VM 1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConfocalMode": ("dicomodel.enums.confocal_mode", "ConfocalMode"),
    "ModalityTerm": ("dicomodel.enums.modality", "ModalityTerm"),
    "PixelMeasuresSequenceItem": (
        "dicomodel.items.pixel_measures_sequence_item",
        "PixelMeasuresSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item",
        "ReferencedImageSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item",
        "ReferencedImageSequenceItem",
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
