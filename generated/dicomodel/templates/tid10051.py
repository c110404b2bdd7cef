"""TID 10051 Beam Position.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Coordinates, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "BeamPosition",
    "BeamPositionOutputMeasurementPointPosition",
    "BeamPositionReferencePointPosition",
    "BeamPositionXRayBeamAttenuatorModel",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10051",
    name="Beam Position",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130524", "Beam Position"),
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
            value_type="SCOORD3D",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130525", "Output Measurement Point Position"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130518", "Value Timing"),
            values=(("cid", "D", "10073"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="SCOORD3D",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130526", "Reference Point Position"),
            condition="IF Reference Point Definition is provided in TID 10041",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF Reference Point Definition is provided in TID 10041",
            ),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130518", "Value Timing"),
            values=(("cid", "D", "10073"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128472", "X-Ray Beam Attenuator Model"),
            vm_min=1,
            vm_max=None,
            condition="IF an X-Ray Filter is described in TID 10046 AND the position is known",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF an X-Ray Filter is described in TID 10046 AND the position is known",
            ),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130527", "Identification of the Attenuator"),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 12, 13",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "12"), ("row_present", "13"))),
            forbidden_if=("or", ("row_present", "12"), ("row_present", "13")),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 11, 13",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "11"), ("row_present", "13"))),
            forbidden_if=("or", ("row_present", "11"), ("row_present", "13")),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="UIDREF",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 11, 12",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "11"), ("row_present", "12"))),
            forbidden_if=("or", ("row_present", "11"), ("row_present", "12")),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="TABLE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130520", "Transformation Matrix"),
        ),
    ),
)


@dataclass(kw_only=True)
class BeamPosition(TemplatePart):
    """TID 10051 Beam Position."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    output_measurement_point_position: BeamPositionOutputMeasurementPointPosition = field(
        metadata={"row": "5"}
    )
    """Row 5: SCOORD3D EV (130525, DCM, \"Output Measurement Point Position\"), VM 1, M"""

    reference_point_position: BeamPositionReferencePointPosition | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: SCOORD3D EV (130526, DCM, \"Reference Point Position\"), VM 1, MC: IF Reference Point Definition is provided in TID 10041"""

    x_ray_beam_attenuator_model: list[BeamPositionXRayBeamAttenuatorModel] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CONTAINER EV (128472, DCM, \"X-Ray Beam Attenuator Model\"), VM 1-n, MC: IF an X-Ray Filter is described in TID 10046 AND the position is known"""


@dataclass(kw_only=True)
class BeamPositionOutputMeasurementPointPosition(TemplatePart):
    """Row 5 of TID 10051."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Coordinates
    """The value of row 5 (SCOORD3D)."""

    value_timing: groups.Cid10073Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (130518, DCM, \"Value Timing\"), VM 1, U; values DCID 10073"""


@dataclass(kw_only=True)
class BeamPositionReferencePointPosition(TemplatePart):
    """Row 7 of TID 10051."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: Coordinates
    """The value of row 7 (SCOORD3D)."""

    value_timing: groups.Cid10073Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (130518, DCM, \"Value Timing\"), VM 1, U; values DCID 10073"""


@dataclass(kw_only=True)
class BeamPositionXRayBeamAttenuatorModel(TemplatePart):
    """Row 9 of TID 10051."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    identification_of_the_attenuator: str = field(metadata={"row": "10"})
    """Row 10: TEXT EV (130527, DCM, \"Identification of the Attenuator\"), VM 1, M"""

    x_ray_attenuator_model_data: Reference | None = field(default=None, metadata={"row": "11"})
    """Row 11: IMAGE EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, MC: XOR Rows 12, 13"""

    x_ray_attenuator_model_data_row_12: Reference | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: COMPOSITE EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, MC: XOR Rows 11, 13"""

    x_ray_attenuator_model_data_row_13: str | None = field(default=None, metadata={"row": "13"})
    """Row 13: UIDREF EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, MC: XOR Rows 11, 12"""

    transformation_matrix: ContentItem = field(metadata={"row": "14"})
    """Row 14: TABLE EV (130520, DCM, \"Transformation Matrix\"), VM 1, M"""
