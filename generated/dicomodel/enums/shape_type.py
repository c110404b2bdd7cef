"""Enumerated Values and Defined Terms of Shape Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ShapeTypeTerm",
]


class ShapeTypeTerm(StrEnum):
    """Defined Terms of Shape Type (0070,0306) in Spatial Fiducials Module Attributes (C.21.2-1)."""

    POINT = "POINT"
    """a single point designating a single fiducial point. A point may be the epicenter of a more complex shape such as sphere."""
    LINE = "LINE"
    """two points that specify a line or axis such as the inter-orbital line. The point locations have no significance other than identifying the line, i.e., they are not line segment end points."""
    PLANE = "PLANE"
    """three points that identify a plane such as the laterality plane"""
    SURFACE = "SURFACE"
    """three or more points (usually many) that reside on, or near, a region of a curved surface. The surface may be flat or curved, closed or open. The point order has no significance."""
    RULER = "RULER"
    """two or more evenly spaced collinear points ordered sequentially along the line, such as a physical ruler placed in the imaging field."""
    L_SHAPE = "L_SHAPE"
    """three points of two perpendicular line segments, AB and BC, having a common end point B. The order of the points is: ABC. May represent an L-shaped marker placed in the imaging field."""
    T_SHAPE = "T_SHAPE"
    """three points of two perpendicular line segments AB and CD, such that C bisects AB. The order is ABD."""
    SHAPE = "SHAPE"
    """two or more points that specify the shape of a well-known fiducial type. The term in the Fiducial Identifier Code Sequence (0070,0311) defines the shape and the order of the points that represent it. A shape is closed if the first and last point are the same, but not otherwise. Two different points are a line segment."""
