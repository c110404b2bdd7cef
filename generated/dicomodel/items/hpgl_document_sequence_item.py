"""Item class HPGLDocumentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.hpgl_pen_sequence_item import HPGLPenSequenceItem as _HPGLPenSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _HPGLPenSequenceItem = Lazy("dicomodel.items.hpgl_pen_sequence_item", "HPGLPenSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ViewOrientationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ViewOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hpgl_pen_sequence_item import HPGLPenSequenceItem as HPGLPenSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HPGLDocumentSequenceItem",
    "HPGLPenSequenceItem",
    "MappingResourceTerm",
    "ViewOrientationCodeSequenceItem",
    "ViewOrientationModifierCodeSequenceItem",
]


class HPGLDocumentSequenceItem(DicomModel):
    """An item of HPGL Document Sequence (0068,62C0), as first defined in Generic Implant Template 2D Drawings Module Attributes (C.29.1.2-1)."""

    dicom_name: ClassVar[str] = "HPGL Document Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.2-1"

    HPGLDocumentID: Annotated[vr.US, Attribute(0x006862D0, "US", "1", "1", name="HPGL Document ID")]
    """HPGL Document ID (0068,62D0): Type 1, VR US, VM 1. Identification number of the HPGL Document. Uniquely identifies an HPGL Document within this SOP Instance. The value shall start at 1, and increase monotonically by 1."""

    HPGLDocumentLabel: Annotated[
        vr.LO | None, Attribute(0x006862D5, "LO", "1", "3", name="HPGL Document Label")
    ] = None
    """HPGL Document Label (0068,62D5): Type 3, VR LO, VM 1. Label describing the document."""

    ViewOrientationCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x006862E0, "SQ", "1", "1", name="View Orientation Code Sequence"),
    ]
    """View Orientation Code Sequence (0068,62E0): Type 1, VR SQ, VM 1. Coded description of the direction of view represented by this 2D template. Only a single Item shall be included in this Sequence."""

    ViewOrientationModifierCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x006862F0, "SQ", "1", "3", name="View Orientation Modifier Code Sequence"),
    ] = None
    """View Orientation Modifier Code Sequence (0068,62F0): Type 3, VR SQ, VM 1. View Orientation Modifier."""

    HPGLDocumentScaling: Annotated[
        vr.FD, Attribute(0x006862F2, "FD", "1", "1", name="HPGL Document Scaling")
    ]
    """HPGL Document Scaling (0068,62F2): Type 1, VR FD, VM 1. Conversion factor (real world mm/printed mm) See Section C.29.1.2.1.1."""

    HPGLDocument: Annotated[vr.OB, Attribute(0x00686300, "OB", "1", "1", name="HPGL Document")]
    """HPGL Document (0068,6300): Type 1, VR OB, VM 1. The HPGL document as a byte stream. See Section C.29.1.2.1.2."""

    HPGLContourPenNumber: Annotated[
        vr.US, Attribute(0x00686310, "US", "1", "1", name="HPGL Contour Pen Number")
    ]
    """HPGL Contour Pen Number (0068,6310): Type 1, VR US, VM 1. Numeric ID of the pen used in the encapsulated HPGL document for outlines."""

    HPGLPenSequence: Annotated[
        list[_HPGLPenSequenceItem], Attribute(0x00686320, "SQ", "1", "1", name="HPGL Pen Sequence")
    ]
    """HPGL Pen Sequence (0068,6320): Type 1, VR SQ, VM 1. Labels for each pen used in the encapsulated HPGL Document. One or more Items shall be included in this Sequence. Shall contain one Item per pen used in the HPGL document."""

    RecommendedRotationPoint: Annotated[
        list[vr.FD], Attribute(0x00686346, "FD", "2", "1", name="Recommended Rotation Point")
    ]
    """Recommended Rotation Point (0068,6346): Type 1, VR FD, VM 2. Point around which the 2D template is rotated in manual planning, in HPGL coordinates."""

    BoundingRectangle: Annotated[
        list[vr.FD], Attribute(0x00686347, "FD", "4", "1", name="Bounding Rectangle")
    ]
    """Bounding Rectangle (0068,6347): Type 1, VR FD, VM 4. HPGL coordinates of the smallest rectangle parallel to the paper axes that contains the whole drawing."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HPGLPenSequenceItem": ("dicomodel.items.hpgl_pen_sequence_item", "HPGLPenSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ViewOrientationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ViewOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
