"""Enumerated Values and Defined Terms of Graphic Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "GraphicType",
    "GraphicTypeDocumentContent",
    "GraphicTypeDocumentContentValue",
    "GraphicTypeGraphicAnnotation",
    "GraphicTypeGraphicAnnotationValue",
    "GraphicTypeMicroscopyBulkSimpleAnnotations",
    "GraphicTypeMicroscopyBulkSimpleAnnotationsValue",
    "GraphicTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import GraphicType as GraphicType
    from dicomodel.enums import GraphicTypeDocumentContent as GraphicTypeDocumentContent
    from dicomodel.enums import GraphicTypeDocumentContentValue as GraphicTypeDocumentContentValue
    from dicomodel.enums import GraphicTypeGraphicAnnotation as GraphicTypeGraphicAnnotation
    from dicomodel.enums import (
        GraphicTypeGraphicAnnotationValue as GraphicTypeGraphicAnnotationValue,
    )
    from dicomodel.enums import (
        GraphicTypeMicroscopyBulkSimpleAnnotations as GraphicTypeMicroscopyBulkSimpleAnnotations,
    )
    from dicomodel.enums import (
        GraphicTypeMicroscopyBulkSimpleAnnotationsValue as GraphicTypeMicroscopyBulkSimpleAnnotationsValue,
    )
    from dicomodel.enums import GraphicTypeValue as GraphicTypeValue


@cache
def _GraphicType() -> type[StrEnum]:
    class GraphicType(StrEnum):
        """Enumerated Values of Graphic Type (0070,0023) in Document Content Macro Attributes (C.17-5)."""

        POINT = "POINT"
        """a single pixel denoted by a single (column,row) pair"""
        MULTIPOINT = "MULTIPOINT"
        """multiple pixels each denoted by an (column,row) pair"""
        POLYLINE = "POLYLINE"
        """a series of connected line segments with ordered vertices denoted by (column,row) pairs; if the first and last vertices are the same it is a closed polygon"""
        CIRCLE = "CIRCLE"
        """a circle defined by two (column,row) pairs. The first point is the central pixel. The second point is a pixel on the perimeter of the circle."""
        ELLIPSE = "ELLIPSE"
        """an ellipse defined by four pixel (column,row) pairs, the first two points specifying the endpoints of the major axis and the second two points specifying the endpoints of the minor axis of an ellipse"""

    GraphicType.__qualname__ = "GraphicType"
    return GraphicType


@cache
def _GraphicTypeDocumentContent() -> type[StrEnum]:
    class GraphicTypeDocumentContent(StrEnum):
        """Enumerated Values of Graphic Type (0070,0023) in Document Content Macro Attributes (C.17-5)."""

        POINT = "POINT"
        """a single location denoted by a single (x,y,z) triplet"""
        MULTIPOINT = "MULTIPOINT"
        """multiple locations each denoted by an (x,y,z) triplet; the points need not be coplanar"""
        POLYLINE = "POLYLINE"
        """a series of connected line segments with ordered vertices denoted by (x,y,z) triplets; the points need not be coplanar"""
        POLYGON = "POLYGON"
        """a series of connected line segments with ordered vertices denoted by (x,y,z) triplets, where the first and last vertices shall be the same forming a polygon; the points shall be coplanar"""
        ELLIPSE = "ELLIPSE"
        """an ellipse defined by four (x,y,z) triplets, the first two triplets specifying the endpoints of the major axis and the second two triplets specifying the endpoints of the minor axis"""
        ELLIPSOID = "ELLIPSOID"
        """a three-dimensional geometric surface whose plane sections are either ellipses or circles and contains three intersecting orthogonal axes, \"a\", \"b\", and \"c\"; the ellipsoid is defined by six (x,y,z) triplets, the first and second triplets specifying the endpoints of axis \"a\", the third and fourth triplets specifying the endpoints of axis \"b\", and the fifth and sixth triplets specifying the endpoints of axis \"c\""""

    GraphicTypeDocumentContent.__qualname__ = "GraphicTypeDocumentContent"
    return GraphicTypeDocumentContent


@cache
def _GraphicTypeGraphicAnnotation() -> type[StrEnum]:
    class GraphicTypeGraphicAnnotation(StrEnum):
        """Enumerated Values of Graphic Type (0070,0023) in Graphic Annotation Module Attributes (C.10-5)."""

        POINT = "POINT"
        POLYLINE = "POLYLINE"
        INTERPOLATED = "INTERPOLATED"
        CIRCLE = "CIRCLE"
        ELLIPSE = "ELLIPSE"

    GraphicTypeGraphicAnnotation.__qualname__ = "GraphicTypeGraphicAnnotation"
    return GraphicTypeGraphicAnnotation


@cache
def _GraphicTypeMicroscopyBulkSimpleAnnotations() -> type[StrEnum]:
    class GraphicTypeMicroscopyBulkSimpleAnnotations(StrEnum):
        """Enumerated Values of Graphic Type (0070,0023) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

        POINT = "POINT"
        """a single location denoted by a single coordinate"""
        POLYLINE = "POLYLINE"
        """a series of connected line segments with ordered vertices denoted by coordinates forming an open polyline; the points shall be coplanar"""
        POLYGON = "POLYGON"
        """a series of connected line segments with ordered vertices denoted by coordinates, where the first and last vertices are not the same but are implicitly joined to form a closed polygon; the points shall be coplanar"""
        ELLIPSE = "ELLIPSE"
        """an ellipse defined by four coordinates, the first two points specifying the endpoints of the major axis and the second two points specifying the endpoints of the minor axis of an ellipse; the points shall be coplanar"""
        RECTANGLE = "RECTANGLE"
        """a rectangle defined by four coordinates, the first being the top left hand corner (when viewed from the top surface of the slide towards the bottom), then the top right hand corner, then the bottom right hand corner and finally the bottom left hand corner; the points shall be coplanar"""

    GraphicTypeMicroscopyBulkSimpleAnnotations.__qualname__ = (
        "GraphicTypeMicroscopyBulkSimpleAnnotations"
    )
    return GraphicTypeMicroscopyBulkSimpleAnnotations


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "GraphicType": _GraphicType,
    "GraphicTypeValue": _GraphicType,
    "GraphicTypeDocumentContent": _GraphicTypeDocumentContent,
    "GraphicTypeDocumentContentValue": _GraphicTypeDocumentContent,
    "GraphicTypeGraphicAnnotation": _GraphicTypeGraphicAnnotation,
    "GraphicTypeGraphicAnnotationValue": _GraphicTypeGraphicAnnotation,
    "GraphicTypeMicroscopyBulkSimpleAnnotations": _GraphicTypeMicroscopyBulkSimpleAnnotations,
    "GraphicTypeMicroscopyBulkSimpleAnnotationsValue": _GraphicTypeMicroscopyBulkSimpleAnnotations,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
