"""Presence rules of 3D RT Cone-Beam Imaging Geometry Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ThreeDRTConeBeamImagingGeometryMacro = (
    "table_C.36.2.4.5-1",
    (
        (
            "ScanArcType",
            Attribute(
                0x3002012E,
                "CS",
                "1",
                "3",
                name="Scan Arc Type",
                enumerated=((0, ("FULL_ARC", "HALF_ARC", "CUSTOM_ARC")),),
            ),
            None,
        ),
        (
            "ScanStartPositionSequence",
            Attribute(0x3002012B, "SQ", "1", "1", name="Scan Start Position Sequence"),
            Lazy(
                "dicomodel.items.parameterized_rt_imaging_geometry_item",
                "ParameterizedRTImagingGeometryItem",
            ),
        ),
        (
            "ScanStopPositionSequence",
            Attribute(0x3002012C, "SQ", "1", "1", name="Scan Stop Position Sequence"),
            Lazy(
                "dicomodel.items.parameterized_rt_imaging_geometry_item",
                "ParameterizedRTImagingGeometryItem",
            ),
        ),
        (
            "DetectorPositioningType",
            Attribute(
                0x3002012F,
                "CS",
                "1",
                "3",
                name="Detector Positioning Type",
                enumerated=((0, ("CENTERED", "SHIFTED")),),
            ),
            None,
        ),
        (
            "ParametersSpecificationSequence",
            Attribute(0x00189913, "SQ", "1", "3", name="Parameters Specification Sequence"),
            Lazy("dicomodel.items.attribute_value_constraint_item", "AttributeValueConstraintItem"),
        ),
    ),
)
