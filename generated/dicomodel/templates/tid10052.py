"""TID 10052 Attenuator Position.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "AttenuatorPosition",
    "AttenuatorPositionXRayBeamAttenuatorModel",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10052",
    name="Attenuator Position",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130528", "Attenuator Position"),
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
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128472", "X-Ray Beam Attenuator Model"),
            vm_min=1,
            vm_max=None,
            condition="IF an X-Ray Attenuator is described in TID 10047 AND the position is known",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF an X-Ray Attenuator is described in TID 10047 AND the position is known",
            ),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130527", "Identification of the Attenuator"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 7, 8",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "7"), ("row_present", "8"))),
            forbidden_if=("or", ("row_present", "7"), ("row_present", "8")),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 6, 8",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "6"), ("row_present", "8"))),
            forbidden_if=("or", ("row_present", "6"), ("row_present", "8")),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="UIDREF",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128470", "X-Ray Attenuator Model Data"),
            condition="XOR Rows 6, 7",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "6"), ("row_present", "7"))),
            forbidden_if=("or", ("row_present", "6"), ("row_present", "7")),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="TABLE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130520", "Transformation Matrix"),
        ),
    ),
)


@dataclass(kw_only=True)
class AttenuatorPosition(TemplatePart):
    """TID 10052 Attenuator Position."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    x_ray_beam_attenuator_model: list[AttenuatorPositionXRayBeamAttenuatorModel] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CONTAINER EV (128472, DCM, \"X-Ray Beam Attenuator Model\"), VM 1-n, MC: IF an X-Ray Attenuator is described in TID 10047 AND the position is known"""


@dataclass(kw_only=True)
class AttenuatorPositionXRayBeamAttenuatorModel(TemplatePart):
    """Row 4 of TID 10052."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    identification_of_the_attenuator: str = field(metadata={"row": "5"})
    """Row 5: TEXT EV (130527, DCM, \"Identification of the Attenuator\"), VM 1, M"""

    x_ray_attenuator_model_data: Reference | None = field(default=None, metadata={"row": "6"})
    """Row 6: IMAGE EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, MC: XOR Rows 7, 8"""

    x_ray_attenuator_model_data_row_7: Reference | None = field(default=None, metadata={"row": "7"})
    """Row 7: COMPOSITE EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, MC: XOR Rows 6, 8"""

    x_ray_attenuator_model_data_row_8: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: UIDREF EV (128470, DCM, \"X-Ray Attenuator Model Data\"), VM 1, MC: XOR Rows 6, 7"""

    transformation_matrix: ContentItem = field(metadata={"row": "9"})
    """Row 9: TABLE EV (130520, DCM, \"Transformation Matrix\"), VM 1, M"""
