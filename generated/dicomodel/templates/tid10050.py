"""TID 10050 X-Ray Source Reference Coordinate System.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Coordinates
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "XRaySourceReferenceCoordinateSystem",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10050",
    name="X-Ray Source Reference Coordinate System",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130519", "X-Ray Source Reference Coordinate System"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TABLE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130520", "Transformation Matrix"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="SCOORD3D",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130521", "Center of Rotation"),
            condition="IFF Row 8 is present",
            condition_status="parsed",
            required_if=("row_present", "8"),
            forbidden_if=("not", ("row_present", "8")),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="SCOORD3D",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130522", "Rotation Plane Normal Point"),
            condition="IFF Row 8 is present",
            condition_status="parsed",
            required_if=("row_present", "8"),
            forbidden_if=("not", ("row_present", "8")),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TABLE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130523", "Rotation Angle"),
        ),
    ),
)


@dataclass(kw_only=True)
class XRaySourceReferenceCoordinateSystem(TemplatePart):
    """TID 10050 X-Ray Source Reference Coordinate System."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    transformation_matrix: ContentItem = field(metadata={"row": "5"})
    """Row 5: TABLE EV (130520, DCM, \"Transformation Matrix\"), VM 1, M"""

    center_of_rotation: Coordinates | None = field(default=None, metadata={"row": "6"})
    """Row 6: SCOORD3D EV (130521, DCM, \"Center of Rotation\"), VM 1, MC: IFF Row 8 is present"""

    rotation_plane_normal_point: Coordinates | None = field(default=None, metadata={"row": "7"})
    """Row 7: SCOORD3D EV (130522, DCM, \"Rotation Plane Normal Point\"), VM 1, MC: IFF Row 8 is present"""

    rotation_angle: ContentItem | None = field(default=None, metadata={"row": "8"})
    """Row 8: TABLE EV (130523, DCM, \"Rotation Angle\"), VM 1, U"""
