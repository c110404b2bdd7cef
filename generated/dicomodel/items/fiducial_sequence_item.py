"""Item class FiducialSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.shape_type import ShapeTypeTerm as _ShapeTypeTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.definition_source_sequence_item import (
        DefinitionSourceSequenceItem as _DefinitionSourceSequenceItem,
    )
    from dicomodel.items.graphic_coordinates_data_sequence_item import (
        GraphicCoordinatesDataSequenceItem as _GraphicCoordinatesDataSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DefinitionSourceSequenceItem = Lazy(
        "dicomodel.items.definition_source_sequence_item", "DefinitionSourceSequenceItem"
    )
    _GraphicCoordinatesDataSequenceItem = Lazy(
        "dicomodel.items.graphic_coordinates_data_sequence_item",
        "GraphicCoordinatesDataSequenceItem",
    )
    _ShapeTypeTerm = Lazy("dicomodel.enums.shape_type", "ShapeTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.shape_type import ShapeTypeTerm as ShapeTypeTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FiducialIdentifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FiducialsPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.definition_source_sequence_item import (
        DefinitionSourceSequenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.graphic_coordinates_data_sequence_item import (
        GraphicCoordinatesDataSequenceItem as GraphicCoordinatesDataSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "FiducialIdentifierCodeSequenceItem",
    "FiducialSequenceItem",
    "FiducialsPropertyCategoryCodeSequenceItem",
    "GraphicCoordinatesDataSequenceItem",
    "MappingResourceTerm",
    "ReferencedImageSequenceItem",
    "ShapeTypeTerm",
]


class FiducialSequenceItem(DicomModel):
    """An item of Fiducial Sequence (0070,031E), as first defined in Spatial Fiducials Module Attributes (C.21.2-1)."""

    dicom_name: ClassVar[str] = "Fiducial Sequence"
    dicom_table: ClassVar[str] = "table_C.21.2-1"

    FiducialIdentifier: Annotated[
        vr.SH, Attribute(0x00700310, "SH", "1", "1", name="Fiducial Identifier")
    ]
    """Fiducial Identifier (0070,0310): Type 1, VR SH, VM 1. A fiducial assignment identifier that is unique within this Fiducial Sequence (0070,031E) Item but may match the fiducial identifier of an equivalent feature in another Item."""

    FiducialsPropertyCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0070031F, "SQ", "1", "3", name="Fiducials Property Category Code Sequence"),
    ] = None
    """Fiducials Property Category Code Sequence (0070,031F): Type 3, VR SQ, VM 1. Sequence defining the general category of the property the fiducial represents. Only a single Item is permitted in this Sequence."""

    FiducialIdentifierCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00700311,
            "SQ",
            "1",
            "1C",
            name="Fiducial Identifier Code Sequence",
            when=("not", ("present", 0x00700310)),
            otherwise="may",
        ),
    ] = None
    """Fiducial Identifier Code Sequence (0070,0311): Type 1C, VR SQ, VM 1. Required if Identifier (0070,0310) is absent. May be present otherwise. A Code Sequence for a term that identifies a well-known fiducial type (potentially including methodology, anatomy, tools, etc.). Only a single Item shall be included in this Sequence. Required if Identifier (0070,0310) is absent."""

    FiducialUID: Annotated[
        vr.UI | None, Attribute(0x0070031A, "UI", "1", "3", name="Fiducial UID")
    ] = None
    """Fiducial UID (0070,031A): Type 3, VR UI, VM 1. Globally unique identifier for the fiducial instance of this fiducial assignment."""

    FiducialDescription: Annotated[
        vr.ST | None, Attribute(0x0070030F, "ST", "1", "3", name="Fiducial Description")
    ] = None
    """Fiducial Description (0070,030F): Type 3, VR ST, VM 1. User description or comments about the fiducial."""

    ShapeType: Annotated[
        _ShapeTypeTerm | vr.CS, Attribute(0x00700306, "CS", "1", "1", name="Shape Type")
    ]
    """Shape Type (0070,0306): Type 1, VR CS, VM 1. See Section C.21.2.1.1 for Defined Terms."""

    NumberOfContourPoints: Annotated[
        vr.IS | None,
        Attribute(
            0x30060046,
            "IS",
            "1",
            "1C",
            name="Number of Contour Points",
            when=("present", 0x30060050),
        ),
    ] = None
    """Number of Contour Points (3006,0046): Type 1C, VR IS, VM 1. Required if Contour Data is present. Number of points (triplets) in Contour Data (3006,0050). Required if Contour Data is present."""

    ContourData: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x30060050,
            "DS",
            "3-3n",
            "1C",
            name="Contour Data",
            when=(
                "unknown",
                "condition not read: not understood: 'of the Fiducial Set Sequence (0070,031C)' (in 'Required if Frame of Reference UID (0020,0052) is present in this Item of the Fiducial Set Sequence (0070,031C)')",
            ),
            otherwise="shall_not",
        ),
    ] = None
    """Contour Data (3006,0050): Type 1C, VR DS, VM 3-3n. Required if Frame of Reference UID (0020,0052) is present in this Item of the Fiducial Set Sequence (0070,031C). Shall not be present otherwise. Specifies the coordinates of this Item's fiducial. One triplet (x,y,z) shall be present for each point in the fiducial. See Section C.21.2.1.2 for further explanation."""

    ContourUncertaintyRadius: Annotated[
        vr.FD | None, Attribute(0x00700312, "FD", "1", "3", name="Contour Uncertainty Radius")
    ] = None
    """Contour Uncertainty Radius (0070,0312): Type 3, VR FD, VM 1. The estimated uncertainty radius for the Contour Data in mm. See Section C.21.2.1.3"""

    GraphicCoordinatesDataSequence: Annotated[
        list[_GraphicCoordinatesDataSequenceItem] | None,
        Attribute(
            0x00700318,
            "SQ",
            "1",
            "1C",
            name="Graphic Coordinates Data Sequence",
            when=("not", ("present", 0x30060050)),
            otherwise="may",
        ),
    ] = None
    """Graphic Coordinates Data Sequence (0070,0318): Type 1C, VR SQ, VM 1. Required if Contour Data is not present. May be present otherwise. The image pixel locations of the fiducial's points. One or more Items shall be included in this Sequence. More than one Item shall be present only if a fiducial spans more than one image. Required if Contour Data is not present."""

    DefinitionSourceSequence: Annotated[
        list[_DefinitionSourceSequenceItem] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the ROI Contour information. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.definition_source_sequence_item",
        "DefinitionSourceSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FiducialIdentifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "FiducialsPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "GraphicCoordinatesDataSequenceItem": (
        "dicomodel.items.graphic_coordinates_data_sequence_item",
        "GraphicCoordinatesDataSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ShapeTypeTerm": ("dicomodel.enums.shape_type", "ShapeTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
